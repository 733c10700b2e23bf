# Sourced by ./devpay and ./run-tests: installs Debian packages a fresh machine lacks.
# ensure_packages CMD PACKAGE... installs the packages when the command CMD is missing
# (non-interactively; as root, else through sudo when it needs no password).
ensure_packages() {
  local wanted="$1"
  shift
  command -v "$wanted" > /dev/null 2>&1 && [ -x "$(command -v "$wanted")" ] && return 0
  install_packages "'$wanted'" "$@"
}

# install_packages WHAT PACKAGE... installs the packages (WHAT names what is missing, for messages).
install_packages() {
  local wanted="$1"
  shift
  if ! command -v apt-get > /dev/null 2>&1; then
    echo "devpay: $wanted is missing and there is no apt-get to install $*" >&2
    return 1
  fi
  local as_root=()
  if [ "$(id -u)" -ne 0 ] && command -v sudo > /dev/null 2>&1; then
    as_root=(sudo -n)
  fi
  echo "devpay: installing $* (Debian packages)" >&2
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "$@" > /dev/null
}
