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
