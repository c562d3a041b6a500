# shellcheck shell=bash
# Logging, ports and processes, and bringing the servers from the build: what every role below uses.
# Sourced by ./shop, whose settings it reads.

log() { printf '[shop] %s\n' "$*" >&2; }

die() { log "ERROR: $*"; exit 1; }

listening() { timeout 2 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; } # address, port

wait_for_port() { # address, port, what, seconds
    local deadline=$((SECONDS + $4))
    until listening "$1" "$2"; do
        ((SECONDS < deadline)) || die "$3 did not open port $1:$2 within $4 s"
        sleep 0.5
    done
}

check_port_free() { # address, port, what
    if listening "$1" "$2"; then
        die "port $1:$2 ($3) is taken by another process; choose other ports with SHOP_PORT_BASE (now $SHOP_PORT_BASE)"
    fi
}

alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }

stop_pid() { # pid, what: wait for a graceful stop, then make sure
    local deadline=$((SECONDS + 60))
    while alive "$1" && ((SECONDS < deadline)); do sleep 0.5; done
    if alive "$1"; then
        log "$2 (pid $1) did not stop within 60 s; killing it"
        kill -9 "$1" 2>/dev/null || true
    fi
}

build() {
    log "building (mvn package, tests skipped; './shop' runs no tests, 'mvn verify' does)"
    (cd "$ROOT" && mvn -B -q -Dstyle.color=never -DskipTests package)
}

# The build writes the versions it unpacked (runtime/versions.properties, filtered), so that no version is written here.
version_of() { sed -n "s/^$1=//p" "$UNPACKED/versions.properties" 2>/dev/null; } # name, e.g. artemis.version

install_servers() { # also sets ARTEMIS_HOME, the copy of the broker distribution this shop runs
    local dist artemis
    artemis="apache-artemis-$(version_of artemis.version)"
    [ "$artemis" != apache-artemis- ] || die "$UNPACKED/versions.properties is missing; run with SHOP_BUILD=true (the default)"
    # shellcheck disable=SC2034 # read by broker.sh
    ARTEMIS_HOME="$SHOP_HOME/$artemis"
    for dist in payara6 "$artemis"; do
        if [ ! -d "$SHOP_HOME/$dist" ]; then
            [ -d "$UNPACKED/$dist" ] || die "$UNPACKED/$dist is missing; run with SHOP_BUILD=true (the default)"
            cp -a "$UNPACKED/$dist" "$SHOP_HOME/$dist.tmp" && mv "$SHOP_HOME/$dist.tmp" "$SHOP_HOME/$dist"
        fi
    done
    if [ ! -f "$MICRO_JAR" ]; then
        [ -f "$UNPACKED/lib/payara-micro.jar" ] || die "$UNPACKED/lib/payara-micro.jar is missing; run with SHOP_BUILD=true (the default)"
        cp "$UNPACKED/lib/payara-micro.jar" "$MICRO_JAR"
    fi
}
