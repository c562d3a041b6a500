# shellcheck shell=bash
# The Artemis broker: the primary and, with SHOP_BROKER_BACKUP=true, its backup; the instance is made with
# `artemis create` and configured from the checked-in runtime/broker on every start.
# Sourced by ./shop, whose settings it reads.

broker_pid() { cat "${1:-$BROKER}/data/artemis.pid" 2>/dev/null || true; }

broker_node() { echo "${1#shop-}"; } # broker name (shop-broker, shop-broker-backup) -> node (broker, broker-backup)

# The console's host name: localhost on one host (the console's own default, which its origin check allows), the
# broker's address in the hosts topology
console_host() { if [ "$SHOP_TOPOLOGY" = hosts ]; then address_of "$(broker_node "$1")"; else echo localhost; fi; } # name

create_broker() { # instance directory, name, port, console port
    log "creating the broker instance $2 in $1"
    rm -rf "$1"
    "$ARTEMIS_HOME/bin/artemis" create "$1" --silent --force --name "$2" \
        --user "$ADMIN_USER" --password "$ADMIN_PASSWORD" --role amq --require-login \
        --host 127.0.0.1 --default-port "$3" --http-port "$4" \
        --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor >"$SHOP_HOME/$2-create.log"
}

configure_broker() { # instance directory, name, port, peer port, role (primary | backup), console port
    # The checked-in configuration always wins over what the instance has: edit runtime/broker, not the instance.
    cp "$ROOT/runtime/broker/broker.xml" "$ROOT/runtime/broker/artemis-roles.properties" "$1/etc/"
    # the users of the roles file, with this shop's passwords (Artemis' PropertiesLoginModule reads plain text)
    rm -f "$1/etc/artemis-users.properties"
    (umask 077 && printf '%s = %s\n' "$ADMIN_USER" "$ADMIN_PASSWORD" "$ORDER_NODE_BROKER_USER" "$(credential order-node)" \
        "$WORKER_BROKER_USER" "$(credential worker)" >"$1/etc/artemis-users.properties")
    rm -f "$1/etc/ha-policy.xml" "$1/etc/cluster-connections.xml"
    if [ "$SHOP_BROKER_BACKUP" = true ]; then
        cp "$ROOT/runtime/broker/ha-$5.xml" "$1/etc/ha-policy.xml"
        cp "$ROOT/runtime/broker/cluster-connections.xml" "$1/etc/"
    fi
    # The name, addresses and ports are what broker.xml leaves to the machine; 512 MB is plenty for the shop.
    local address peer_address
    address="$(address_of "$(broker_node "$2")")"
    peer_address="$(address_of "$([ "$5" = primary ] && echo broker-backup || echo broker)")"
    # shellcheck disable=SC1003 # sed's "$a\" ends the file with a newline
    sed -i -e '/-Dshop\.broker\./d' -e '$a\' "$1/etc/artemis.profile"
    # shellcheck disable=SC2016 # $JAVA_ARGS is for artemis.profile to expand
    printf 'JAVA_ARGS="$JAVA_ARGS -Xms128M -Xmx512M -Dshop.broker.name=%s -Dshop.broker.host=%s -Dshop.broker.port=%s -Dshop.broker.peer.host=%s -Dshop.broker.peer.port=%s -Dshop.broker.cluster.password=%s"\n' \
        "$2" "$address" "$3" "$peer_address" "$4" "$(credential broker-cluster)" >>"$1/etc/artemis.profile"
    # the console listens where the broker does, and takes requests that come from its own pages there
    sed -i -E "s#(<binding name=\"artemis\" uri=\"http://)[^:]+:[0-9]+#\1$(console_host "$2"):$6#" "$1/etc/bootstrap.xml"
    sed -i -E "s#<allow-origin>\*://[^*]+\*</allow-origin>#<allow-origin>*://$(console_host "$2")*</allow-origin>#" \
        "$1/etc/jolokia-access.xml"
}

start_broker() { # instance directory, name, port, console port, peer port, role (primary | backup)
    local dir=$1 name=$2 port=$3 console=$4 peer=$5 role=$6 logged deadline address
    address="$(address_of "$(broker_node "$name")")"
    [ -d "$dir/etc" ] || create_broker "$dir" "$name" "$port" "$console"
    configure_broker "$dir" "$name" "$port" "$peer" "$role" "$console"
    if alive "$(broker_pid "$dir")"; then
        log "broker $name already running (pid $(broker_pid "$dir"))"
        return
    fi
    check_port_free "$address" "$port" "broker $name"
    check_port_free "$address" "$console" "broker console of $name"
    logged=0
    [ -f "$dir/log/artemis.log" ] && logged=$(wc -l <"$dir/log/artemis.log")
    log "starting the broker $name ($([ "$SHOP_BROKER_BACKUP" = true ] && echo "$role" || echo standalone)) on $address:$port"
    on_node "$(broker_node "$name")" "$dir/bin/artemis-service" start >/dev/null || die "broker $name did not start; see $dir/log/artemis.log"
    if [ "$role" = backup ]; then
        # a backup opens no acceptor until it becomes active: it is ready once it holds a copy of the primary's journal
        deadline=$((SECONDS + 90))
        until tail -n +$((logged + 1)) "$dir/log/artemis.log" 2>/dev/null | grep -q AMQ221024; do
            alive "$(broker_pid "$dir")" || die "broker $name stopped while starting; see $dir/log/artemis.log"
            ((SECONDS < deadline)) || die "broker $name did not synchronize with the primary within 90 s; see $dir/log/artemis.log"
            sleep 0.5
        done
    else
        wait_for_port "$address" "$port" "the broker $name" 90
    fi
    wait_for_port "$(console_host "$name")" "$console" "the console of broker $name" 30
}

start_brokers() {
    start_broker "$BROKER" shop-broker "$BROKER_PORT" "$CONSOLE_PORT" "$BACKUP_PORT" primary
    if [ "$SHOP_BROKER_BACKUP" = true ]; then
        start_broker "$BACKUP_BROKER" shop-broker-backup "$BACKUP_PORT" "$BACKUP_CONSOLE_PORT" "$BROKER_PORT" backup
    fi
}

stop_broker() { # instance directory, name
    local pid
    pid="$(broker_pid "$1")"
    if alive "$pid"; then
        log "stopping the broker $2"
        on_node "$(broker_node "$2")" "$1/bin/artemis-service" stop >/dev/null 2>&1 || true
        stop_pid "$pid" "the broker $2"
    fi
}

describe_broker() { # instance directory, name, port, console port, role
    local state=stopped address
    address="$(address_of "$(broker_node "$2")")"
    alive "$(broker_pid "$1")" && state="running (pid $(broker_pid "$1"))"
    cat <<EOF
Artemis broker $2 ($5): $state
  JMS (core)        tcp://$address:$3   (users $ORDER_NODE_BROKER_USER and $WORKER_BROKER_USER, passwords in $CREDENTIALS)
  web console       http://$(console_host "$2"):$4/console   (user $ADMIN_USER, password $ADMIN_PASSWORD)
  broker log        $1/log/artemis.log
EOF
}

jolokia() { # console host, console port, request (JSON): the broker's management API, as the console uses it
    curl -s -m 10 -u "$ADMIN_USER:$ADMIN_PASSWORD" -H "Origin: http://$1:$2" \
        -H 'Content-Type: application/json' -d "$3" "http://$1:$2/console/jolokia/" || true
}

# A domain killed between the two phases of an XA commit leaves its part prepared at the broker, holding messages.
# Payara's recovery at start cannot reach the MDBs' side of them (the Artemis resource adapter offers no XA resources
# for recovery), so the part the dead domain left is rolled back here, before the application runs again. That is
# always safe in this shop: every consumer is idempotent (a delivery comes again and changes nothing twice), and the
# reconciler resends what the rolled-back messages of a committed order carried.
# Payara's transaction ids name the instance and its IIOP port: what a domain leaves prepared at the broker is known
xid_marker() { echo "server,P$(($1 + 37)),"; } # portbase

rollback_left_prepared() { # portbase, domain name
    local marker broker name console xid address
    marker="$(xid_marker "$1")"
    for broker in "shop-broker $CONSOLE_PORT" "shop-broker-backup $BACKUP_CONSOLE_PORT"; do
        read -r name console <<<"$broker"
        address="$(console_host "$name")"
        listening "$address" "$console" || continue
        for xid in $(jolokia "$address" "$console" "{\"type\":\"exec\",\"mbean\":\"org.apache.activemq.artemis:broker=\\\"$name\\\"\",\"operation\":\"listPreparedTransactions()\"}" \
            | grep -o 'base64: [A-Za-z0-9+/_=-]*' | cut -d' ' -f2 | sort -u); do
            # the broker writes the id in base64's URL-safe alphabet
            if tr -- '-_' '+/' <<<"$xid" | base64 -d 2>/dev/null | grep -aqF "$marker"; then
                log "rolling back a transaction that $2 left prepared at $name"
                jolokia "$address" "$console" "{\"type\":\"exec\",\"mbean\":\"org.apache.activemq.artemis:broker=\\\"$name\\\"\",\"operation\":\"rollbackPreparedTransaction(java.lang.String)\",\"arguments\":[\"$xid\"]}" >/dev/null
            fi
        done
    done
}
