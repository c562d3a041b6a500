# shellcheck shell=bash
# The Payara Server domains: the order node and the payment nodes, each made from the checked-in
# runtime/payara/*.asadmin, and the deployment of their applications.
# Sourced by ./shop, whose settings it reads.

domain_pid() { cat "$DOMAINS/$1/config/pid" 2>/dev/null || true; }

domain_base() { cat "$DOMAINS/$1/.shop-portbase" 2>/dev/null || echo "$SHOP_PORT_BASE"; }

domain_node() { if [ "$1" = "$ORDER_NODE" ]; then echo order-node; else echo "$1"; fi; } # domain name -> node

base_node() { # portbase -> the node whose domain has it
    if [ "$1" = "$SHOP_PORT_BASE" ]; then echo order-node; else echo "payment-$((($1 - SHOP_PORT_BASE) / 100))"; fi
}

# A remote command to that domain, logged in as the operator. It runs on the domain's own host: Payara takes admin
# commands from another host only with secure admin (TLS) on.
asadmin_at() { # portbase, command...
    local base=$1 node
    shift
    node="$(base_node "$base")"
    on_node "$node" "$PAYARA_HOME/bin/asadmin" --host "$(address_of "$node")" --port $((base + 48)) \
        --user "$ADMIN_USER" --passwordfile "$ASADMIN_PASSWORDS" --interactive=false "$@"
}

local_asadmin() { # domain name, command...: a local command (start-domain, stop-domain, ...) on the domain's host
    local name=$1; shift
    on_node "$(domain_node "$name")" "$PAYARA_HOME/bin/asadmin" --interactive=false "$@" --domaindir "$DOMAINS" "$name"
}

payment_node_base() { echo $((SHOP_PORT_BASE + 100 * $1)); }

render() { # asadmin command file, node, database name, broker user -> the file with the @PLACEHOLDERS@ filled in
    # the RA's connectors: one per broker, in asadmin's escaping ('\\=' for '='; doubled again for sed)
    local netty=org.apache.activemq.artemis.core.remoting.impl.netty.NettyConnectorFactory eq='\\\\='
    local classes=$netty connectors
    connectors="host${eq}$(address_of broker);port${eq}$BROKER_PORT"
    if [ "$SHOP_BROKER_BACKUP" = true ]; then
        classes+=",$netty" connectors+=",host${eq}$(address_of broker-backup);port${eq}$BACKUP_PORT"
    fi
    sed -e "s#@BROKER_CONNECTOR_CLASSES@#$classes#g" -e "s#@BROKER_CONNECTORS@#$connectors#g" \
        -e "s#@BROKER_USER@#${4:-}#g" \
        -e "s#@BROKER_PASSWORD@#$(credential "${4:-none}")#g" -e "s#@RAR@#$RAR#g" -e "s#@POSTGRES_JAR@#$POSTGRES_JAR#g" \
        -e "s#@DB_HOST@#$DB_HOST#g" -e "s#@DB_PORT@#$DB_PORT#g" -e "s#@DB_NAME@#${3:-}#g" \
        -e "s#@HOST_ADDRESS@#$(address_of "$2")#g" \
        -e "s#@DB_USER@#$DB_USER#g" -e "s#@DB_PASSWORD@#$DB_PASSWORD#g" \
        -e "s#@PAYMENT_CLIENT_USER@#$PAYMENT_CLIENT_USER#g" -e "s#@HTTP_PORT@#$((SHOP_PORT_BASE + 80))#g" \
        "$ROOT/runtime/payara/$1"
}

# What each kind of domain is made from: the checked-in command files and its database.
order_node_setup() { # node
    render jvm.asadmin "$1"
    render security.asadmin "$1"
    render artemis.asadmin "$1" "" "$ORDER_NODE_BROKER_USER"
    render openapi.asadmin "$1"
    if [ "$SHOP_DB" = postgres ]; then render postgres.asadmin "$1" "$DB_NAME"; else render h2.asadmin "$1"; fi
}

order_node_database() {
    if [ "$SHOP_DB" = postgres ]; then echo "PostgreSQL $DB_NAME at $DB_HOST:$DB_PORT"; else echo "H2, embedded in the domain"; fi
}

payment_node_setup() { # node
    render jvm.asadmin "$1"
    render security.asadmin "$1"
    render postgres.asadmin "$1" "$PAYMENT_DB_NAME"
}

payment_node_database() { echo "PostgreSQL $PAYMENT_DB_NAME at $DB_HOST:$DB_PORT (shared by the payment nodes)"; }

# A domain is configured once from its set-up (and the admin password it was created with); when either changes, the
# domain is made anew.
domain_fingerprint() { { "$1_setup" "$2"; echo "$ADMIN_PASSWORD"; } | cksum; } # kind, node

domain_configured() { # name, kind
    [ "$(cat "$DOMAINS/$1/.shop-configured" 2>/dev/null)" = "$(domain_fingerprint "$2" "$(domain_node "$1")")" ]
}

start_domain() { # name, kind (order_node | payment_node), portbase
    local name=$1 kind=$2 base=$3 node address
    node="$(domain_node "$name")"
    address="$(address_of "$node")"
    if ! domain_configured "$name" "$kind"; then
        if alive "$(domain_pid "$name")"; then
            die "the set-up of domain $name changed (runtime/payara/*.asadmin, SHOP_DB or SHOP_ADMIN_PASSWORD); run './shop stop' first"
        fi
        log "creating the Payara domain $name in $DOMAINS (portbase $base)"
        rm -rf "${DOMAINS:?}/$name"
        "$PAYARA_HOME/bin/asadmin" --interactive=false --user "$ADMIN_USER" --passwordfile "$ASADMIN_PASSWORDS" \
            create-domain --domaindir "$DOMAINS" --portbase "$base" "$name" >"$SHOP_HOME/$name-create.log"
        echo "$base" >"$DOMAINS/$name/.shop-portbase"
    fi
    if alive "$(domain_pid "$name")"; then
        log "Payara domain $name already running (pid $(domain_pid "$name"))"
    else
        for port in $((base + 48)) $((base + 80)) $((base + 37)); do check_port_free "$address" "$port" "Payara domain $name"; done
        log "starting Payara domain $name (admin port $((base + 48)))"
        # A domain that died with an application deployed would run it at boot, only for deploy_to to undeploy it:
        # its MDBs would take messages and drop them mid-delivery, each drop costing a delivery attempt. It boots
        # with them disabled instead.
        sed -i -E 's#<application-ref ref="(shop|payment)" #<application-ref enabled="false" ref="\1" #' \
            "$DOMAINS/$name/config/domain.xml"
        BOOTED_NOW+=" $name "
        local_asadmin "$name" start-domain >"$SHOP_HOME/$name-start.log" 2>&1 \
            || die "$name did not start; see $DOMAINS/$name/logs/server.log"
    fi
    if ! domain_configured "$name" "$kind"; then
        log "configuring domain $name from runtime/payara ($("$kind"_database))"
        "$kind"_setup "$node" >"$SHOP_HOME/$name-setup.asadmin"
        asadmin_at "$base" multimode --file "$SHOP_HOME/$name-setup.asadmin" >"$SHOP_HOME/$name-setup.log" 2>&1 \
            || die "configuring $name failed; see $SHOP_HOME/$name-setup.log"
        domain_fingerprint "$kind" "$node" >"$DOMAINS/$name/.shop-configured"
        "$kind"_database >"$DOMAINS/$name/.shop-database"
        log "restarting $name for its new JVM options and libraries"
        local_asadmin "$name" restart-domain >>"$SHOP_HOME/$name-start.log" 2>&1 \
            || die "$name did not restart; see $DOMAINS/$name/logs/server.log"
    fi
}

deploy_to() { # portbase, application name, archive, domain name
    log "deploying $3"
    local attempt
    # A domain that boots with the application still deployed (./shop stop undeploys it; a killed domain keeps it)
    # loads its old copy, and that load can fail half-way and leave class loaders that break every later deployment
    # (seen: "moduleClassLoaders is null", Weld "applicationInfo is null", then unknown entities or classes). So:
    # undeploy it, stop the domain and start it again (restart-domain was not enough), then deploy into a clean one.
    # A domain that was already running keeps its healthy deployment, which the deployment below replaces.
    if [[ "$BOOTED_NOW" == *" $4 "* ]] && deployed "$1" "$2"; then
        log "undeploying the copy of $2 that domain $4 booted with, and starting $4 afresh"
        undeploy "$1" "$2"
        local_asadmin "$4" stop-domain >>"$SHOP_HOME/undeploy-$2-$1.log" 2>&1 || true
        local_asadmin "$4" start-domain >>"$SHOP_HOME/undeploy-$2-$1.log" 2>&1 \
            || die "$4 did not start again; see $DOMAINS/$4/logs/server.log"
        rollback_left_prepared "$1" "$4"
    fi
    for attempt in 1 2 3; do
        if asadmin_at "$1" deploy --force=true --name "$2" "$3" >"$SHOP_HOME/deploy-$2-$1.log" 2>&1; then
            return 0
        fi
        log "deployment attempt $attempt failed; see $SHOP_HOME/deploy-$2-$1.log"
        sleep 5
    done
    die "deployment failed; see $SHOP_HOME/deploy-$2-$1.log and the domain's server.log"
}

deployed() { asadmin_at "$1" list-applications 2>/dev/null | grep -q "^$2 "; } # portbase, application name

undeploy() { asadmin_at "$1" undeploy "$2" >"$SHOP_HOME/undeploy-$2-$1.log" 2>&1 || true; } # portbase, application name

undeploy_from() { # portbase, application name: so that the domain never boots with a stale copy (see deploy_to)
    if deployed "$1" "$2"; then undeploy "$1" "$2"; fi
}

set_config() { # portbase, property, value (empty: remove it)
    if [ -n "$3" ]; then
        asadmin_at "$1" set-config-property --source=domain --propertyName="$2" --propertyValue="$3" >/dev/null
    else
        asadmin_at "$1" delete-config-property --source=domain --propertyName="$2" >/dev/null 2>&1 || true
    fi
}

configure_order_node() {
    if [ -n "${SHOP_SMTP_HOST:-}" ]; then
        set_config "$SHOP_PORT_BASE" notification.smtp.host "$SHOP_SMTP_HOST"
        set_config "$SHOP_PORT_BASE" notification.smtp.port "${SHOP_SMTP_PORT:-25}"
        log "notifications are mailed through $SHOP_SMTP_HOST:${SHOP_SMTP_PORT:-25}"
    fi
    # The payment providers the order node calls (its registry is fed by this list; empty: its own PaymentBean).
    local providers="" i
    for ((i = 1; i <= SHOP_PAYMENT_NODES; i++)); do
        providers+="${providers:+,}$(address_of "payment-$i"):$(($(payment_node_base "$i") + 37))"
    done
    set_config "$SHOP_PORT_BASE" payment.providers "$providers"
    set_config "$SHOP_PORT_BASE" order.cancel-after-ms "${SHOP_ORDER_CANCEL_AFTER_MS:-}"
    set_config "$SHOP_PORT_BASE" order.reconcile-after-ms "${SHOP_ORDER_RECONCILE_AFTER_MS:-}"
    # the brokers the order node checks before a request that needs one (shop.messaging.BrokerReachability)
    set_config "$SHOP_PORT_BASE" shop.broker.addresses \
        "$(address_of broker):$BROKER_PORT$([ "$SHOP_BROKER_BACKUP" = true ] && echo ",$(address_of broker-backup):$BACKUP_PORT")"
    # what the node's PreparedTransactionSweeper logs in as, and how its transactions are named at the broker
    set_config "$SHOP_PORT_BASE" shop.broker.user "$ORDER_NODE_BROKER_USER"
    set_config "$SHOP_PORT_BASE" shop.broker.password "$(credential "$ORDER_NODE_BROKER_USER")"
    set_config "$SHOP_PORT_BASE" shop.transactions.xid-marker "$(xid_marker "$SHOP_PORT_BASE")"
    set_config "$SHOP_PORT_BASE" payment.client.user "$PAYMENT_CLIENT_USER"
    set_config "$SHOP_PORT_BASE" payment.client.password "$PAYMENT_CLIENT_PASSWORD"
    # the same operation over HTTP on the first payment node, for the RPC-vs-REST benchmark (its build only)
    set_config "$SHOP_PORT_BASE" payment.rest.url \
        "$( ((SHOP_PAYMENT_NODES > 0)) && echo "http://$(address_of payment-1):$(($(payment_node_base 1) + 80))/payment/api" )"
    log "payment providers: ${providers:-the PaymentBean inside the order node}"
}

describe_domain() { # name
    local state=stopped base address
    base="$(domain_base "$1")" address="$(address_of "$(domain_node "$1")")"
    alive "$(domain_pid "$1")" && state="running (pid $(domain_pid "$1"))"
    echo "Payara domain $1: $state"
    echo "  database          $(cat "$DOMAINS/$1/.shop-database" 2>/dev/null || echo "not configured yet")"
    if [ "$1" = "$ORDER_NODE" ]; then
        echo "  shop API          http://$address:$((base + 80))/api/orders   (also /api/products, /api/inventory/{sku})"
    fi
    echo "  admin console     http://$address:$((base + 48))             (user $ADMIN_USER, password $ADMIN_PASSWORD)"
    echo "  remote EJB (IIOP) $address:$((base + 37))  java:global/$([ "$1" = "$ORDER_NODE" ] && echo shop || echo payment)/ejb-payment/PaymentBean!shop.api.payment.PaymentService"
    echo "  server log        $DOMAINS/$1/logs/server.log"
}
