# shellcheck shell=bash
# The hosts (runtime/hosts.conf) as network namespaces on this machine, and the faults between them. Every host is
# linked to a router namespace, never to another host directly, so that a cut is made in the router: it drops the
# packets silently, as a real partition does (a route in the sender's own namespace would refuse at once instead).
# Sourced by ./shop, whose settings it reads.

HOSTS_FILE="$ROOT/runtime/hosts.conf"
HOSTS_NET=$(((SHOP_PORT_BASE / 100) % 256))  # the second octet of every address: each shop on a machine has its own
NETNS_PREFIX="shop$SHOP_PORT_BASE"            # namespaces shop18000-router, shop18000-A, ...
ROUTER="$NETNS_PREFIX-router"
OPERATOR_LINK="shop$SHOP_PORT_BASE"           # the operator's end of link 0, in the machine's own namespace
FAULT_PRIORITY=100                            # the router's policy rules that are cuts (ip rule ... blackhole)

host_names() { sed -e 's/#.*//' "$HOSTS_FILE" | awk 'NF { print $1 }'; }

host_link() { sed -e 's/#.*//' "$HOSTS_FILE" | awk -v host="$1" '$1 == host { print $2 }'; } # host

host_role() { sed -e 's/#.*//' "$HOSTS_FILE" | awk -v host="$1" '$1 == host { $1 = $2 = ""; sub(/^ +/, ""); print }'; }

host_address() { # host
    local link
    link="$(host_link "$1")"
    [ -n "$link" ] || die "no host $1 in $HOSTS_FILE (hosts: $(host_names | tr '\n' ' '))"
    echo "10.$HOSTS_NET.$link.2"
}

host_netns() { echo "$NETNS_PREFIX-$1"; } # host

node_host() { # node (order-node, payment-N, worker-N, broker, broker-backup, database) -> its host in hosts.conf
    case "$1" in
        order-node) echo A ;;
        payment-[0-9]*) echo "B${1#payment-}" ;;
        worker-[0-9]*) echo C ;;
        broker) echo broker ;;
        broker-backup) echo backup ;;
        database) echo db ;;
        *) die "no node $1 (order-node, payment-N, worker-N, broker, broker-backup, database)" ;;
    esac
}

address_of() { # node -> the address it listens on: the loopback, or in the hosts topology its host's address
    if [ "$SHOP_TOPOLOGY" = hosts ]; then host_address "$(node_host "$1")"; else echo 127.0.0.1; fi
}

node_prefix() { # node -> what runs a command on the node's host: "ip netns exec NAMESPACE", or nothing on one host
    if [ "$SHOP_TOPOLOGY" = hosts ]; then echo "ip netns exec $(host_netns "$(node_host "$1")")"; fi
}

on_node() { # node, command...: runs the command on the node's host
    local prefix
    read -ra prefix <<<"$(node_prefix "$1")"
    shift
    "${prefix[@]}" "$@"
}

hosts_up() {
    if ! ip netns list >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
        die "the hosts need network namespaces: run as root on Linux with iproute2 ('ip netns')"
    fi
    if ip netns list | grep -q "^$ROUTER\b"; then
        log "hosts of $NETNS_PREFIX already up"
        return 0
    fi
    if ip route show "10.$HOSTS_NET.0.0/16" | grep -q .; then
        die "10.$HOSTS_NET.0.0/16 is routed on this machine already; choose another SHOP_PORT_BASE (now $SHOP_PORT_BASE)"
    fi
    log "creating the hosts of $NETNS_PREFIX: router $ROUTER, 10.$HOSTS_NET.0.0/16"
    ip netns add "$ROUTER"
    ip -n "$ROUTER" link set lo up
    ip netns exec "$ROUTER" sysctl -q -w net.ipv4.ip_forward=1
    # link 0: the operator (this namespace) reaches every host through the router
    ip link add "$OPERATOR_LINK" type veth peer name "${OPERATOR_LINK}r"
    ip link set "${OPERATOR_LINK}r" netns "$ROUTER"
    ip -n "$ROUTER" link set "${OPERATOR_LINK}r" name link0
    ip -n "$ROUTER" addr add "10.$HOSTS_NET.0.1/24" dev link0
    ip -n "$ROUTER" link set link0 up
    ip addr add "10.$HOSTS_NET.0.2/24" dev "$OPERATOR_LINK"
    ip link set "$OPERATOR_LINK" up
    ip route add "10.$HOSTS_NET.0.0/16" via "10.$HOSTS_NET.0.1"
    local host
    for host in $(host_names); do add_host "$host"; done
}

add_host() { # host: its namespace, and its link to the router
    local ns link temp
    ns="$(host_netns "$1")" link="$(host_link "$1")"
    temp="s$SHOP_PORT_BASE-$link"
    # No name server is reachable from a host: 'ip netns exec' gives its commands this resolv.conf instead of the
    # machine's, so that a lookup fails at once instead of after the resolver's 10 s (Payara's start took minutes).
    mkdir -p "/etc/netns/$ns"
    echo "nameserver 127.0.0.1" >"/etc/netns/$ns/resolv.conf"
    ip netns add "$ns"
    ip -n "$ns" link set lo up
    ip link add "${temp}h" type veth peer name "${temp}r"
    ip link set "${temp}h" netns "$ns"
    ip link set "${temp}r" netns "$ROUTER"
    ip -n "$ns" link set "${temp}h" name eth0
    ip -n "$ROUTER" link set "${temp}r" name "link$link"
    ip -n "$ns" addr add "$(host_address "$1")/24" dev eth0
    ip -n "$ROUTER" addr add "10.$HOSTS_NET.$link.1/24" dev "link$link"
    ip -n "$ns" link set eth0 up
    ip -n "$ROUTER" link set "link$link" up
    ip -n "$ns" route add default via "10.$HOSTS_NET.$link.1"
}

hosts_down() { # removes every namespace and link of this shop's hosts, whatever state they are in
    local ns pid link
    for ns in $(ip netns list 2>/dev/null | awk '{ print $1 }' | grep "^$NETNS_PREFIX-" || true); do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -9 "$pid" 2>/dev/null || true; done
        ip netns del "$ns"
    done
    rm -rf "/etc/netns/$NETNS_PREFIX-"*
    ip route del "10.$HOSTS_NET.0.0/16" 2>/dev/null || true
    # the operator's link, and any host link that a start cut short left in this namespace
    for link in "$OPERATOR_LINK" $(ip -o link show 2>/dev/null | awk -F': ' '{ sub(/@.*/, "", $2); print $2 }' \
        | grep "^s$SHOP_PORT_BASE-" || true); do
        ip link del "$link" 2>/dev/null || true
    done
}

hosts_status() {
    if ! ip netns list 2>/dev/null | grep -q "^$ROUTER\b"; then
        echo "Hosts of $NETNS_PREFIX: none (SHOP_TOPOLOGY=hosts, or './shop hosts up', makes them)"
        return 0
    fi
    local host pids
    echo "Hosts of $NETNS_PREFIX (network namespaces, through router $ROUTER; this machine is 10.$HOSTS_NET.0.2):"
    for host in $(host_names); do
        pids="$(ip netns pids "$(host_netns "$host")" 2>/dev/null | paste -sd, -)"
        printf '  %-8s %-14s %s\n' "$host" "$(host_address "$host")" "$(host_role "$host")"
        printf '  %-8s %-14s running: %s\n' "" "" "$(running_in "$pids")"
    done
    faults_status
}

running_in() { # comma-separated pids -> "java (pid 1234), postgres (14 processes)", or "nothing"
    if [ -z "$1" ]; then echo nothing; return 0; fi
    ps -o comm=,pid= -p "$1" | awk '{ n[$1]++; pid[$1] = $2 } END {
        for (c in n) { printf "%s%s (%s)", sep, c, n[c] == 1 ? "pid " pid[c] : n[c] " processes"; sep = ", " } }'
}

# --- faults ---------------------------------------------------------------------------------------------------------

fault_cut() { # from host, to host, "both" | "one-way"
    local from to
    from="$(host_address "$1")" to="$(host_address "$2")"
    ip -n "$ROUTER" rule add from "$from" to "$to" blackhole priority "$FAULT_PRIORITY"
    if [ "$3" = both ]; then ip -n "$ROUTER" rule add from "$to" to "$from" blackhole priority "$FAULT_PRIORITY"; fi
    log "cut: packets from $1 ($from) to $2 ($to)$([ "$3" = both ] && echo " and back") are dropped in $ROUTER"
}

fault_heal() { # every cut, and every frozen process resumed
    while ip -n "$ROUTER" rule del priority "$FAULT_PRIORITY" 2>/dev/null; do :; done
    resume_frozen
    log "healed: no cut between the hosts, no process frozen"
}

resume_frozen() {
    local pid
    if [ -f "$SHOP_HOME/frozen" ]; then
        while read -r pid; do
            if kill -CONT "$pid" 2>/dev/null; then log "resumed pid $pid"; fi
        done <"$SHOP_HOME/frozen"
        rm -f "$SHOP_HOME/frozen"
    fi
}

faults_status() {
    local rules
    rules="$(ip -n "$ROUTER" rule list priority "$FAULT_PRIORITY" 2>/dev/null || true)"
    echo "  cuts: $( [ -n "$rules" ] && echo "$rules" | sed -E 's/^[0-9]+:\s*//; s/ blackhole//' | paste -sd';' - || echo none)"
    echo "  frozen: $(paste -sd' ' "$SHOP_HOME/frozen" 2>/dev/null || echo none)"
}

node_pid() { # node
    case "$1" in
        order-node) domain_pid "$ORDER_NODE" ;;
        payment-[0-9]*) domain_pid "$1" ;;
        worker-[0-9]*) worker_pid "${1#worker-}" ;;
        broker) broker_pid "$BROKER" ;;
        broker-backup) broker_pid "$BACKUP_BROKER" ;;
        *) die "no node $1 (order-node, payment-N, worker-N, broker, broker-backup)" ;;
    esac
}

signal_node() { # signal (STOP | KILL), node
    local pid
    pid="$(node_pid "$2")"
    alive "$pid" || die "$2 is not running"
    kill "-$1" "$pid"
    if [ "$1" = STOP ]; then mkdir -p "$SHOP_HOME" && echo "$pid" >>"$SHOP_HOME/frozen"; fi
    log "$([ "$1" = STOP ] && echo froze || echo killed) $2 (pid $pid)"
}

fault() { # the './shop fault' command
    case "${1:-}" in
        cut) [ $# -ge 3 ] || die "usage: fault cut HOST HOST [one-way]"
             fault_cut "$2" "$3" "$([ "${4:-}" = one-way ] && echo one-way || echo both)" ;;
        heal) fault_heal ;;
        freeze) [ $# -eq 2 ] || die "usage: fault freeze NODE"; signal_node STOP "$2" ;;
        kill) [ $# -eq 2 ] || die "usage: fault kill NODE"; signal_node KILL "$2" ;;
        "") faults_status ;;
        *) die "usage: fault [cut HOST HOST [one-way] | heal | freeze NODE | kill NODE]" ;;
    esac
}
