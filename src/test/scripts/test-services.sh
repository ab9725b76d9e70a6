#!/usr/bin/env bash
# The services the integration tests need besides WildFly, started and stopped by the build
# (pre- and post-integration-test):
#   - Debian packages: chromium and chromium-driver (browser tests), postgresql (migrations on PostgreSQL);
#     installed when missing, which needs root or sudo;
#   - a throwaway PostgreSQL cluster on 127.0.0.1:<postgres port> in <dir>/pg, trust authentication for the
#     migration tests (user postgres), and the database "bitpoll" of the role "bitpoll", whose password is made for
#     the run and checked (scram-sha-256): the second test server's database, as a site's would be; its password
#     goes to <dir>/postgresql.properties (mode 600, bitpoll.db.password), which that server reads at start;
#   - slapd and ldap-utils (Debian) for a throwaway OpenLDAP server on 127.0.0.1:<ldap port> in <dir>/ldap with
#     the directory of src/test/ldap; the passwords of its root DN and of the service account Bitpoll binds with
#     are made for the run; the test server's directory settings, the bind password included, go to
#     <dir>/ldap.properties (mode 600), which the build gives the server with --properties;
#   - leftovers of an aborted earlier run (a test WildFly on either port offset, an old cluster) are stopped first;
#   - the test server gets a fresh copy of the configured server's configuration folder (<target>/it-config, with
#     standalone.xml as standalone-it.xml) and an empty data directory, so every run starts from the same state
#     and mvn -Prun's configuration is never touched; the PostgreSQL test server gets its own copy of the finished
#     folder (<target>/it-pg-config) and empty data, temp and log directories (<target>/it-pg-*), so the two
#     servers share nothing but the installation;
#   - a management user for the tests (org.bitpoll.it.support.Management), in that copy only, with a password
#     made for the run and written to <dir>/management.credentials (mode 600), never to a command line;
#   - wildfly-config/ldap.cli applied to that copy, so the test server uses the directory as a site would;
#   - the login of the tests' SMTP server (GreenMail, started by the mail tests), made for the run and written to
#     <dir>/smtp.properties (mode 600), which the test server reads at start (standalone.sh --properties).
# The LDAP tests also stop and start slapd (ldap-stop, ldap-start: the same directory, its changes kept) and
# change entries as the root DN (ldap-modify, LDIF on standard input).
# Usage: test-services.sh start <dir> <target dir> <port offset> <postgres port> <ldap port> <pg port offset>
#        | stop <dir> | ldap-stop <dir> | ldap-start <dir> | ldap-modify <dir>
set -euo pipefail
action=$1
dir=$2
here=$(cd "$(dirname "$0")" && pwd)
suffix=dc=bitpoll,dc=test

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

install_packages() {
    local missing=()
    command -v chromium >/dev/null || missing+=(chromium)
    command -v chromedriver >/dev/null || missing+=(chromium-driver)
    ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
    [ -x /usr/sbin/slapd ] || missing+=(slapd)
    command -v ldapmodify >/dev/null || missing+=(ldap-utils)
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

# The database of the PostgreSQL test server: the role "bitpoll" with a password made for the run, which the
# cluster checks over TCP (scram-sha-256, the first matching line of pg_hba.conf); other roles keep trust. The
# password reaches psql on standard input, never on a command line.
create_bitpoll_database() {
    local pg_port=$1 password
    password=$(random_password)
    as_pg "$(pg_bin)/psql" -q -v ON_ERROR_STOP=1 -h "$dir/pg" -p "$pg_port" -U postgres -d postgres >/dev/null <<SQL
CREATE ROLE bitpoll LOGIN PASSWORD '$password';
CREATE DATABASE bitpoll OWNER bitpoll;
SQL
    (umask 077 && printf 'bitpoll.db.password=%s\n' "$password" > "$dir/postgresql.properties")
}

# mgmt-users.properties holds HEX(MD5(user:realm:password)), as bin/add-user.sh writes it.
add_management_user() {
    local config=$1 user=bitpoll-it password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077 && echo "$user:$password" > "$dir/management.credentials")
    echo "$user=$(printf '%s:ManagementRealm:%s' "$user" "$password" | md5sum | cut -d' ' -f1)" \
        >> "$config/mgmt-users.properties"
}

random_password() {
    head -c 18 /dev/urandom | base64 | tr -d '/+='
}

stop_ldap() {
    if [ -f "$dir/ldap/slapd.pid" ]; then
        local pid
        pid=$(cat "$dir/ldap/slapd.pid")
        kill "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done
        rm -f "$dir/ldap/slapd.pid"
    fi
}

# slapd detaches once it listens, so the directory answers when this returns.
start_ldap() {
    /usr/sbin/slapd -h "$(cat "$dir/ldap/url")" -f "$dir/ldap/slapd.conf"
}

# A fresh directory: the tests' entries, and the service account with a password made for the run.
create_ldap() {
    local port=$1 rootpw service_password
    rm -rf "$dir/ldap"
    mkdir -p "$dir/ldap/data"
    chmod 700 "$dir/ldap"
    rootpw=$(random_password)
    service_password=$(random_password)
    (umask 077 && printf '%s' "$rootpw" > "$dir/ldap/rootpw")
    echo "ldap://127.0.0.1:$port/" > "$dir/ldap/url"
    (umask 077 && sed -e "s#@DIR@#$dir/ldap#g" -e "s#@ROOTPW@#$rootpw#" "$here/../ldap/slapd.conf" \
        > "$dir/ldap/slapd.conf")
    /usr/sbin/slapadd -q -f "$dir/ldap/slapd.conf" -l "$here/../ldap/directory.ldif"
    printf 'dn: cn=bitpoll,ou=services,%s\nobjectClass: applicationProcess\nobjectClass: simpleSecurityObject\ncn: bitpoll\nuserPassword: %s\n' \
        "$suffix" "$service_password" | /usr/sbin/slapadd -q -f "$dir/ldap/slapd.conf"
    (umask 077 && printf '%s\n' "bitpoll.ldap.url=ldap://127.0.0.1:$port/" \
        "bitpoll.ldap.bind-dn=cn=bitpoll,ou=services,$suffix" "bitpoll.ldap.bind-password=$service_password" \
        "bitpoll.ldap.user-base=ou=people,$suffix" "bitpoll.ldap.group-base=ou=groups,$suffix" \
        > "$dir/ldap.properties")
}

# ldap.cli and mail-login.cli (GreenMail wants the run's login) on the test server's configuration copy, offline. The CLI's embedded server takes seconds, so its result
# is kept in <target>/ldap-config under a hash of the configuration and the script, and reused while both are the same.
configure_ldap() {
    local target=$1 script="$here/../../../wildfly-config/ldap.cli" login="$here/../../../wildfly-config/mail-login.cli"
    local key cached
    key=$(cat "$target/it-config/standalone-it.xml" "$script" "$login" | sha256sum | cut -c1-16)
    cached="$target/ldap-config/standalone-it-$key.xml"
    if [ ! -f "$cached" ]; then
        for cli in "$script" "$login"; do
            JBOSS_HOME="$target/wildfly" JAVA_OPTS="-Djboss.server.config.dir=$target/it-config" \
                "$target/wildfly/bin/jboss-cli.sh" --file="$cli" \
                --properties=<(echo "server.config=standalone-it.xml") >/dev/null
        done
        rm -rf "$target/it-config/standalone_xml_history" "$target/ldap-config"
        mkdir -p "$target/ldap-config"
        cp "$target/it-config/standalone-it.xml" "$cached"
    fi
    cp "$cached" "$target/it-config/standalone-it.xml"
}

add_smtp_login() {
    local password
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    (umask 077 && printf 'bitpoll.smtp.user=bitpoll-it\nbitpoll.smtp.password=%s\n' "$password" > "$dir/smtp.properties")
}

stop_stale_server() {
    pkill -f "jboss.socket.binding.port-offset=$1( |\$)" 2>/dev/null || true
}

# A slapd or PostgreSQL left on the tests' ports by an aborted run whose target folder was deleted since (so its pid
# file is gone): stopped by the port it listens on.
stop_stale_daemons() {
    local pg_port=$1 ldap_port=$2
    pkill -f "^/usr/sbin/slapd -h ldap://127.0.0.1:$ldap_port/ " 2>/dev/null || true
    pkill -f "^/usr/lib/postgresql/[0-9]+/bin/postgres -D .* -p $pg_port " 2>/dev/null || true
    while pgrep -f "^/usr/sbin/slapd -h ldap://127.0.0.1:$ldap_port/ |^/usr/lib/postgresql/[0-9]+/bin/postgres -D .* -p $pg_port " \
        >/dev/null; do sleep 0.1; done
}

case "$action" in
start)
    target=$3
    pg_port=$5
    stop_stale_server "$4"
    stop_stale_server "$7"
    rm -rf "$target/it-config" "$target/it-data" "$target/it-pg-config" "$target/it-pg-data" "$target/it-pg-tmp" \
        "$target/it-pg-log"
    cp -r "$target/wildfly/standalone/configuration" "$target/it-config"
    rm -rf "$target/it-config/standalone_xml_history"
    mv "$target/it-config/standalone.xml" "$target/it-config/standalone-it.xml"
    install_packages
    mkdir -p "$dir"
    add_management_user "$target/it-config"
    add_smtp_login
    stop_pg
    stop_ldap
    stop_stale_daemons "$pg_port" "$6"
    rm -rf "$dir/pg"
    mkdir -p "$dir/pg"
    [ "$(id -u)" -eq 0 ] && chown postgres "$dir/pg" && chmod o+x "$dir" "$(dirname "$dir")" 2>/dev/null || true
    as_pg "$(pg_bin)/initdb" -D "$dir/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
    as_pg sed -i '1i host all bitpoll 127.0.0.1/32 scram-sha-256' "$dir/pg/data/pg_hba.conf"
    as_pg "$(pg_bin)/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w \
        -o "-p $pg_port -k $dir/pg -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null \
        || { cat "$dir/pg/server.log" >&2; exit 1; }
    echo "jdbc:postgresql://127.0.0.1:$pg_port/postgres?user=postgres" > "$dir/postgres.url"
    create_bitpoll_database "$pg_port"
    echo "PostgreSQL on port $pg_port"
    stop_ldap
    create_ldap "$6"
    start_ldap
    configure_ldap "$target"
    echo "slapd on port $6"
    cp -r "$target/it-config" "$target/it-pg-config"
    ;;
stop)
    stop_pg
    stop_ldap
    ;;
ldap-stop)
    stop_ldap
    ;;
ldap-start)
    if ! { [ -f "$dir/ldap/slapd.pid" ] && kill -0 "$(cat "$dir/ldap/slapd.pid")" 2>/dev/null; }; then
        rm -f "$dir/ldap/slapd.pid"
        start_ldap
    fi
    ;;
ldap-modify)
    ldapmodify -x -H "$(cat "$dir/ldap/url")" -D "cn=admin,$suffix" -y "$dir/ldap/rootpw" >/dev/null
    ;;
*)
    echo "usage: $0 start <dir> <target dir> <port offset> <postgres port> <ldap port> <pg port offset>" \
        "| stop <dir> | ldap-stop <dir> | ldap-start <dir> | ldap-modify <dir>" >&2
    exit 2
    ;;
esac
