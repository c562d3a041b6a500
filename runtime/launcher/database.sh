# shellcheck shell=bash
# The PostgreSQL databases of the production profile.
# Sourced by ./shop, whose settings it reads.

prepare_database() { # name
    [ -f "$POSTGRES_JAR" ] || die "$POSTGRES_JAR is missing; run with SHOP_BUILD=true (the default)"
    command -v psql >/dev/null || die "PostgreSQL databases are created with psql (the PostgreSQL client); install it"
    local sql=(env PGPASSWORD="$DB_PASSWORD" psql -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d postgres -v ON_ERROR_STOP=1 -qAt)
    "${sql[@]}" -c "select 1" >/dev/null || die "cannot reach PostgreSQL at $DB_HOST:$DB_PORT as $DB_USER"
    if [ "${SHOP_DB_RECREATE:-false}" = true ]; then
        log "recreating PostgreSQL database $1"
        "${sql[@]}" -c "drop database if exists \"$1\"" >/dev/null
    fi
    if [ "$("${sql[@]}" -c "select 1 from pg_database where datname = '$1'")" != 1 ]; then
        "${sql[@]}" -c "create database \"$1\"" >/dev/null
    fi
}

# In the hosts topology the database is a host of its own: a PostgreSQL cluster that the shop makes with this
# machine's PostgreSQL binaries (initdb, pg_ctl) and runs on host db, listening on that host's address only. (The
# machine's own PostgreSQL listens on the loopback of this namespace, which no host reaches.) Its data lives under
# SHOP_HOME/database, owned by the postgres user, as PostgreSQL requires.
DATABASE_DIR="$SHOP_HOME/database"

postgres_bin() { # the directory of the newest PostgreSQL server binaries on this machine
    local bin
    bin="$(find /usr/lib/postgresql -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)"
    [ -x "$bin/initdb" ] || die "the database host needs PostgreSQL's server binaries (initdb, pg_ctl under /usr/lib/postgresql)"
    echo "$bin"
}

as_postgres() { runuser -u postgres -- "$@"; } # command...: PostgreSQL's binaries refuse to run as root

start_database_host() {
    local bin address
    bin="$(postgres_bin)" address="$(address_of database)"
    if [ ! -f "$DATABASE_DIR/PG_VERSION" ]; then
        log "creating the PostgreSQL cluster of host db in $DATABASE_DIR"
        rm -rf "$DATABASE_DIR" && mkdir -p "$DATABASE_DIR" && chown postgres: "$DATABASE_DIR" && chmod 700 "$DATABASE_DIR"
        (umask 077 && echo "$DB_PASSWORD" >"$DATABASE_DIR.password") && chown postgres: "$DATABASE_DIR.password"
        as_postgres "$bin/initdb" -D "$DATABASE_DIR" -U "$DB_USER" --pwfile="$DATABASE_DIR.password" \
            --auth-local=peer --auth-host=scram-sha-256 >"$SHOP_HOME/database-create.log" 2>&1 \
            || die "initdb failed; see $SHOP_HOME/database-create.log"
        rm -f "$DATABASE_DIR.password"
        # the other hosts (and the operator) log in with the password, from the hosts' network only
        echo "host all all 10.$HOSTS_NET.0.0/16 scram-sha-256" >>"$DATABASE_DIR/pg_hba.conf"
    fi
    if as_postgres "$bin/pg_ctl" -D "$DATABASE_DIR" status >/dev/null 2>&1; then
        log "the database of host db already runs"
        return 0
    fi
    log "starting PostgreSQL on host db ($address:$DB_PORT)"
    on_node database runuser -u postgres -- "$bin/pg_ctl" -D "$DATABASE_DIR" -l "$DATABASE_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=$address -p $DB_PORT -c unix_socket_directories=$DATABASE_DIR" start >/dev/null \
        || die "PostgreSQL did not start on host db; see $DATABASE_DIR/server.log"
}

stop_database_host() {
    [ -f "$DATABASE_DIR/postmaster.pid" ] || return 0
    log "stopping PostgreSQL on host db"
    as_postgres "$(postgres_bin)/pg_ctl" -D "$DATABASE_DIR" -m fast -w stop >/dev/null 2>&1 || true
}
