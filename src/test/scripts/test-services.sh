#!/usr/bin/env bash
# The services the integration tests need besides WildFly, started and stopped by the build
# (pre- and post-integration-test):
#   - Debian packages: chromium and chromium-driver (browser tests), postgresql (migrations on PostgreSQL);
#     installed when missing, which needs root or sudo;
#   - a throwaway PostgreSQL cluster on 127.0.0.1:55432, trust authentication, in <dir>/pg;
#   - leftovers of an aborted earlier run (a test WildFly on the port offset, an old cluster) are stopped first;
#   - the test server gets a fresh copy of the configured server's configuration folder (<target>/it-config, with
#     standalone.xml as standalone-it.xml) and an empty data directory, so every run starts from the same state
#     and mvn -Prun's configuration is never touched;
#   - a management user for the tests (org.bitpoll.it.support.Management), in that copy only, with a password
#     made for the run and written to <dir>/management.credentials (mode 600), never to a command line;
#   - the login of the tests' SMTP server (GreenMail, started by the mail tests), made for the run and written to
#     <dir>/smtp.properties (mode 600), which the test server reads at start (standalone.sh --properties).
# Usage: test-services.sh start <dir> <target dir> <port offset> <postgres port> | stop <dir>
set -euo pipefail
action=$1
dir=$2

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

install_packages() {
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        as_root apt-get install -y -q "${missing[@]}" >/dev/null 2>&1 \
            || { as_root apt-get update -q >/dev/null && as_root apt-get install -y -q "${missing[@]}" >/dev/null; }
    fi
}

pg_bin() {
    ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1
}

# Runs a PostgreSQL tool as an unprivileged user (initdb refuses root).
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    else
        "$@"
    fi
}

stop_pg() {
    if [ -f "$dir/pg/data/postmaster.pid" ]; then
        as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -m fast -w stop >/dev/null || true
    fi
}

# mgmt-users.properties holds HEX(MD5(user:realm:password)), as bin/add-user.sh writes it.
add_management_user() {
    local config=$1 user=bitpoll-it password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077 && echo "$user:$password" > "$dir/management.credentials")
    echo "$user=$(printf '%s:ManagementRealm:%s' "$user" "$password" | md5sum | cut -d' ' -f1)" \
        >> "$config/mgmt-users.properties"
}

add_smtp_login() {
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077 && printf 'bitpoll.smtp.user=bitpoll-it\nbitpoll.smtp.password=%s\n' "$password" > "$dir/smtp.properties")
}

stop_stale_server() {
    pkill -f "jboss.socket.binding.port-offset=$1( |\$)" 2>/dev/null || true
}

case "$action" in
start)
    target=$3
    pg_port=$5
    stop_stale_server "$4"
    rm -rf "$target/it-config" "$target/it-data"
    cp -r "$target/wildfly/standalone/configuration" "$target/it-config"
    rm -rf "$target/it-config/standalone_xml_history"
    mv "$target/it-config/standalone.xml" "$target/it-config/standalone-it.xml"
    install_packages
    mkdir -p "$dir"
    add_management_user "$target/it-config"
    add_smtp_login
    stop_pg
    rm -rf "$dir/pg"
    mkdir -p "$dir/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pg" && chmod o+x "$dir" "$(dirname "$dir")" 2>/dev/null || true
    as_pg "$(pg_bin)/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w \
        -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/pg/server.log" >&2; exit 1; }
    echo "jdbc:postgresql://127.0.0.1:$pg_port/postgres?user=postgres" > "$dir/postgres.url"
    echo "PostgreSQL on port $pg_port"
    ;;
stop)
    stop_pg
    ;;
*)
    echo "usage: $0 start <dir> <target dir> <port offset> <postgres port> | stop <dir>" >&2
    exit 2
    ;;
esac
