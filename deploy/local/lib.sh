# shellcheck shell=bash disable=SC2034  # variables are used by the scripts that source this
# Shared by deploy/local/up and deploy/local/down (sourced, not run): paths, the processes they
# manage and how to start and stop them.
#
# Every process is started with setsid, so its pid is also its process-group id; stopping the
# group also ends its children (kc.sh runs Keycloak's JVM as a child, not with exec).

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# PLATFORM_RUN lets several checkouts share one set of running processes and their state
RUN=${PLATFORM_RUN:-$ROOT/deploy/local/.run}
PIDS=$RUN/pids
LOGS=$RUN/logs
KAFKA_HOME=$RUN/kafka
KC_VERSION=26.5.6
KC_HOME=$RUN/keycloak-$KC_VERSION
# the realm file Keycloak last imported, by its SHA-256: a changed file means a fresh realm
KC_REALM_SUM=$KC_HOME/data/society-realm.sha256
GREENMAIL_VERSION=2.1.8
MAIL_HOME=$RUN/greenmail

# Every JVM gives back the native memory it freed (start-up, the JIT's compiles) every 2 s (JDK 17.0.9+)
NATIVE_TRIM=-XX:TrimNativeHeapInterval=2000

SERVICES=(society-service funding-service expert-service event-service publicity-service)
declare -A PORT=(
  [gateway]=8080 [society-service]=8081 [funding-service]=8082 [expert-service]=8083
  [event-service]=8084 [publicity-service]=8085 [keycloak]=8180 [kafka]=9092
  [mail]=3025 [mail-imap]=3143 [mail-web]=8025
)

pid_of() { # pid_of NAME: the recorded pid, fails when there is none
  local pid
  pid=$(cat "$PIDS/$1.pid" 2>/dev/null) && [[ -n $pid ]] && echo "$pid"
}

is_running() { # is_running NAME: some process of NAME's process group is alive
  local pid
  # or the launching subshell itself: its group exists only once it has run setsid, and on a busy
  # machine the gateway's first readiness check could come before that and call it dead
  pid=$(pid_of "$1") && { kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; }
}

port_open() { # port_open PORT: something accepts TCP connections on 127.0.0.1:PORT
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

launch() { # launch NAME CMD...: run CMD in a new session, output to logs/NAME.log, pid to pids/NAME.pid
  local name=$1
  shift
  mkdir -p "$PIDS" "$LOGS"
  # stdin from /dev/null and output to the log, so a caller that reads up's output (a test
  # harness) is not held open by the background process; every other descriptor the caller has
  # open is closed for it too, so that a long-lived app does not keep holding, say, the lock file
  # of the script that started it (flock on an inherited descriptor lasts as long as the app).
  (
    for fd in /proc/self/fd/*; do
      fd=${fd##*/}
      ((fd > 2)) && eval "exec $fd>&-"
    done 2>/dev/null
    exec setsid "$@" >"$LOGS/$name.log" 2>&1 </dev/null
  ) &
  echo $! >"$PIDS/$name.pid"
}

stop_process() { # stop_process NAME: SIGTERM the process group, SIGKILL after 60 s
  local name=$1 pid i
  pid=$(pid_of "$name") || return 0
  if kill -0 -- "-$pid" 2>/dev/null; then
    echo "stopping $name (process group $pid)"
    kill -TERM -- "-$pid" 2>/dev/null || true
    # an app of a new jar writes its class-data archive as it exits (deploy/local/up): that takes
    # a few seconds more, and several apps stopping together share 2 cores
    for ((i = 0; i < 120; i++)); do
      kill -0 -- "-$pid" 2>/dev/null || break
      sleep 0.5
    done
    if kill -0 -- "-$pid" 2>/dev/null; then
      echo "$name still running after 60 s: SIGKILL"
      kill -KILL -- "-$pid" 2>/dev/null || true
      while kill -0 -- "-$pid" 2>/dev/null; do sleep 0.2; done
      # an archive it may have been writing is not to be trusted: the next run writes a new one
      rm -f "$RUN/cds/$name.jsa"
    fi
  fi
  rm -f "$PIDS/$name.pid"
}

rss_mb() { # rss_mb NAME: resident memory of NAME's process group in MB
  local pid p kb=0 v
  pid=$(pid_of "$1") || { echo 0; return; }
  for p in $(pgrep -g "$pid"); do
    v=$(awk '/^VmRSS:/ {print $2}' "/proc/$p/status" 2>/dev/null)
    kb=$((kb + ${v:-0}))
  done
  echo $((kb / 1024))
}
