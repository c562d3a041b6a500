# shellcheck shell=bash
# The worker nodes: Payara Micro running worker.war beside a running shop.
# Sourced by ./shop, whose settings it reads.

worker_port() { echo $((SHOP_PORT_BASE + 500 + $1)); }

worker_pid() { cat "$WORKERS/worker-$1/pid" 2>/dev/null || true; }

# A worker's post-boot commands: the same resource adapter, connection factory and database as the order node.
worker_setup() { # node
    # Payara Micro reads a post-boot file without asadmin multimode's extra unescaping: '\\=' becomes '\='
    render artemis.asadmin "$1" "" "$WORKER_BROKER_USER" | sed 's/\\\\=/\\=/g'
    # Payara Micro has no add-library; it takes the driver with --addlibs
    render postgres.asadmin "$1" "$DB_NAME" | grep -v '^add-library'
    echo "deploy --name worker --contextroot worker $WORKER_WAR"
}

start_worker() { # number
    local i=$1 dir="$WORKERS/worker-$1" port deadline
    [ "$SHOP_DB" = postgres ] || die "worker nodes share the order node's database; start the shop with SHOP_DB=postgres"
    [ -f "$WORKER_WAR" ] || die "$WORKER_WAR is missing; run with SHOP_BUILD=true (the default)"
    port="$(worker_port "$i")"
    check_port_free "$(address_of "worker-$i")" "$port" "worker-$i"
    # always a fresh root directory: Payara Micro would deploy again what an old one holds
    rm -rf "$dir" && mkdir -p "$dir"
    worker_setup "worker-$i" >"$dir/post-boot.asadmin"
    # closed by default, like the domains (jvm.asadmin): its HTTP listener binds the loopback address (or its host's)
    echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$(address_of "worker-$i")" \
        >"$dir/pre-boot.asadmin"
    local mail=()
    if [ -n "${SHOP_SMTP_HOST:-}" ]; then
        mail=(-Dnotification.smtp.host="$SHOP_SMTP_HOST" -Dnotification.smtp.port="${SHOP_SMTP_PORT:-25}")
    fi
    local on_host
    read -ra on_host <<<"$(node_prefix "worker-$i")"
    log "starting worker node worker-$i (Payara Micro, HTTP $(address_of "worker-$i"):$port)"
    # nohup and 'ip netns exec' each become the next command: $! is the worker's pid
    nohup "${on_host[@]}" java -Xmx512m -Dshop.node="worker-$i" "${mail[@]}" -jar "$MICRO_JAR" --nocluster --name "worker-$i" \
        --rootdir "$dir/root" --port "$port" --startport $((SHOP_PORT_BASE + 550 + i)) --addlibs "$POSTGRES_JAR" \
        --prebootcommandfile "$dir/pre-boot.asadmin" --postbootcommandfile "$dir/post-boot.asadmin" \
        >"$dir/worker.log" 2>&1 </dev/null &
    echo $! >"$dir/pid"
    deadline=$((SECONDS + 180))
    until grep -q "Payara Micro .* ready in" "$dir/worker.log" 2>/dev/null; do
        alive "$(worker_pid "$i")" || die "worker-$i stopped while starting; see $dir/worker.log"
        ((SECONDS < deadline)) || die "worker-$i was not ready within 180 s; see $dir/worker.log"
        sleep 1
    done
    if grep -q "Boot Command .* failed" "$dir/worker.log" || ! grep -q "worker was successfully deployed" "$dir/worker.log"; then
        die "worker-$i did not set up or deploy; see $dir/worker.log"
    fi
}

add_worker() {
    # after a failover the backup is the broker that runs
    if ! { alive "$(broker_pid)" || alive "$(broker_pid "$BACKUP_BROKER")"; } || ! alive "$(domain_pid "$ORDER_NODE")"; then
        die "start the shop first (./shop start)"
    fi
    local i=1
    while alive "$(worker_pid "$i")"; do i=$((i + 1)); done
    start_worker "$i"
    echo "worker-$i"
}

stop_workers() {
    local dir pid
    for dir in "$WORKERS"/worker-*; do
        [ -d "$dir" ] || continue
        pid="$(cat "$dir/pid" 2>/dev/null || true)"
        if alive "$pid"; then
            log "stopping worker node $(basename "$dir")"
            kill "$pid" 2>/dev/null || true
            stop_pid "$pid" "worker node $(basename "$dir")"
        fi
    done
}

describe_workers() {
    local dir name state
    for dir in "$WORKERS"/worker-*; do
        [ -d "$dir" ] || continue
        name="$(basename "$dir")"
        state=stopped
        alive "$(cat "$dir/pid" 2>/dev/null || true)" && state="running (pid $(cat "$dir/pid"))"
        echo "Worker node $name (Payara Micro): $state"
        echo "  health            http://$(address_of "$name"):$(worker_port "${name#worker-}")/health"
        echo "  log               $dir/worker.log"
    done
}
