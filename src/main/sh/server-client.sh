# Shell client of sesref's build server (dev.sesref.daemon.BuildServer), sourced by the launcher.
# Needs bash's /dev/tcp; the protocol is described in BuildServer and Frames.

# sesref_server_run STATE ARG...
# Runs the command on the server that STATE names and prints its output where the server's command
# printed it. Returns the command's exit code, or 125 when no server ran it (none is running, the
# state is stale, or the server stopped half-way: a build writes its output whole or not at all, so
# the caller can run the command itself).
sesref_server_run() {
  local state=$1 port token pid line code=125 arg
  shift
  for arg in "$@"; do
    case $arg in *$'\n'*) return 125 ;; esac
  done
  { [ -r "$state" ] && read -r port token pid <"$state"; } 2>/dev/null || return 125
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 125
  # A server that hung up must not kill this shell with SIGPIPE: the write fails and nothing ran.
  trap '' PIPE
  printf '%s\n' "$token" run "$(pwd -P)" "$#" "$@" >&3 || { trap - PIPE; exec 3<&-; return 125; }
  trap - PIPE
  while IFS= read -r line <&3; do
    case $line in
      o*) printf '%s\n' "${line:1}" ;;
      O*) printf '%s' "${line:1}" ;;
      e*) printf '%s\n' "${line:1}" >&2 ;;
      E*) printf '%s' "${line:1}" >&2 ;;
      x*) code=${line:1}; break ;;
    esac
  done
  exec 3<&-
  return "$code"
}

# sesref_server_start STATE JAVA-COMMAND...
# Starts a server in the background, in its own session (Ctrl-C in this terminal does not reach it),
# and waits up to 10 s for it to publish STATE. Fails when it could not start; its log is STATE.log.
sesref_server_start() {
  local state=$1 pid i
  shift
  mkdir -p "$(dirname "$state")" || return 1
  # Servers remove their state when they stop; what a killed one left behind is cleared after a day.
  find "$(dirname "$state")" -type f -mtime +1 -delete 2>/dev/null || true
  rm -f "$state"
  command -v setsid >/dev/null || return 1
  setsid "$@" daemon --state "$state" </dev/null >"$state.log" 2>&1 &
  pid=$!
  for ((i = 0; i < 1000; i++)); do
    [ -s "$state" ] && return 0
    kill -0 "$pid" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}
