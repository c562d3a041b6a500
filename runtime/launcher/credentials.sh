# shellcheck shell=bash
# The shop's passwords: each made on the first start (or taken from SHOP_ADMIN_PASSWORD and
# SHOP_PAYMENT_CLIENT_PASSWORD) and kept in SHOP_HOME/credentials; none is a default and none is in the repository.
# Sourced by ./shop, whose settings it reads.

credential() { grep -m1 "^$1=" "$CREDENTIALS" 2>/dev/null | cut -d= -f2- || true; } # name

new_password() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

load_credentials() {
    local name value
    mkdir -p "$SHOP_HOME"
    (umask 077 && touch "$CREDENTIALS")
    for name in admin order-system order-node worker broker-cluster; do
        value="$(credential "$name")"
        case $name in
            admin) value="${SHOP_ADMIN_PASSWORD:-$value}" ;;
            order-system) value="${SHOP_PAYMENT_CLIENT_PASSWORD:-$value}" ;;
        esac
        [ -n "$value" ] || value="$(new_password)"
        [[ "$value" =~ ^[A-Za-z0-9._-]{8,}$ ]] || die "the password of $name needs 8 or more of A-Z a-z 0-9 . _ -"
        if [ "$value" != "$(credential "$name")" ]; then
            sed -i "/^$name=/d" "$CREDENTIALS" && echo "$name=$value" >>"$CREDENTIALS"
        fi
    done
    ADMIN_PASSWORD="$(credential admin)"
    PAYMENT_CLIENT_PASSWORD="$(credential order-system)"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_USERPASSWORD=%s\n' "$ADMIN_PASSWORD" "$PAYMENT_CLIENT_PASSWORD" \
        >"$ASADMIN_PASSWORDS")
}
