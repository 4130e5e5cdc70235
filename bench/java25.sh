# Sourced by bench/compare and the Action's checks: java25_home prints the home of a JDK 25 or newer,
# the JVM the Action prefers (JAVA_HOME_25_X64 on GitHub's runners): that variable if it names one,
# else the first JDK under /usr/lib/jvm whose release file says 25 or newer; nothing if there is none.
java25_home() {
  local home
  for home in "${JAVA_HOME_25_X64:-}" /usr/lib/jvm/*; do
    if [[ -n "$home" && -x "$home/bin/java" && -f "$home/release" ]] &&
      grep -qE '^JAVA_VERSION="(2[5-9]|[3-9][0-9])' "$home/release"; then
      echo "$home"
      return 0
    fi
  done
}
