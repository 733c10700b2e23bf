package org.devpay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One instance per distinct string and list within a read; the lists cannot be changed. */
class InternerTest {
  @Test
  void equalStringsAndListsComeBackAsOneInstance() {
    Interner interner = new Interner();
    String first = interner.string(new String("python"));
    assertThat(interner.string(new String("python"))).isSameAs(first);
    assertThat(interner.string(null)).isNull();

    List<String> skills = interner.list(new Object[] {new String("java"), new String("python")});
    List<String> again = interner.list(new Object[] {new String("java"), new String("python")});
    assertThat(again).isSameAs(skills).containsExactly("java", "python");
    assertThat(skills.get(1)).isSameAs(first);
    assertThat(interner.list(new Object[] {"python", "java"})).isNotSameAs(skills);
    assertThatThrownBy(() -> skills.add("go")).isInstanceOf(UnsupportedOperationException.class);

    List<String> mutable = interner.strings(new Object[] {new String("java")});
    mutable.remove(0);
    assertThat(mutable).isEmpty();
    assertThat(interner.list(new Object[] {"java", "python"})).isSameAs(skills);
  }
}
