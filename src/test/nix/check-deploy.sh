#!/usr/bin/env bash
# Offline checks of deploy/ (the flake and the NixOS module), run by the build in pre-integration-test after
# test-services.sh has started the tests' PostgreSQL cluster and before the test server starts:
#   1. every .nix file of the repository parses (Debian's nix-bin);
#   2. deploy/module.nix, evaluated against stand-in.nix (the few lib functions and NixOS options it uses),
#      yields the expected user, unit, environment (the typed settings' variables), credentials, hardening and
#      bitpoll-manage for three configurations: the defaults, PostgreSQL created locally behind a local proxy with
#      retention, clean-up and session settings, LDAP and mail with password files;
#   3. bad input fails with a message naming the option: a value of the wrong type (a negative retention), a
#      secret given as a Nix path or as a store path, PostgreSQL without a password file, an LDAP URL without a
#      scheme, LDAP without a bind password file, a retention warning not before the deletion, a proxy given by
#      name, a schedule key the server does not know, a setting the module manages itself;
#   4. each rendered unit passes systemd-analyze verify and scores at most 2.0 (systemd-analyze security --offline);
#   5. deploy/bitpoll-service.sh seeds a data directory, updates an unedited configuration on upgrade, keeps an
#      edited one (with the new version beside it) and never touches data/;
#   6. the server runs from a read-only copy of its installation, laid out as the Nix package is, as the
#      unprivileged user nobody, with the environment and scripts the module renders and all state in a temporary
#      data directory; with the test services up it is the LDAP and mail-login variant, reaches the tests'
#      PostgreSQL through its Unix socket (junixsocket), gets its secrets from credentials through its private
#      properties file, serves / with HTTP 200, lets a directory user log in, create a poll and vote; bitpoll-manage
#      with the module's environment checks and backs up that database through the same socket; the server stops.
# Usage: check-deploy.sh <project dir> <target dir> <http port> <management port> [<test services dir> <postgres port>]
set -euo pipefail
project=$1
target=$2
http_port=$3
management_port=$4
services=${5:-}
pg_port=${6:-}
max_exposure=2.0
stand_in="$project/src/test/nix/stand-in.nix"

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi
}

missing=()
command -v nix-instantiate > /dev/null || missing+=(nix-bin)
command -v systemd-analyze > /dev/null || missing+=(systemd)
command -v jq > /dev/null || missing+=(jq)
command -v setpriv > /dev/null || missing+=(util-linux)
command -v curl > /dev/null || missing+=(curl)
command -v python3 > /dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    as_root apt-get install -y -q "${missing[@]}" > /dev/null 2>&1 \
        || { as_root apt-get update -q > /dev/null && as_root apt-get install -y -q "${missing[@]}" > /dev/null; }
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/bitpoll-deploy-check.XXXXXX")
server_pid=
cleanup() {
    if [ -n "$server_pid" ]; then
        kill -TERM -- "-$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    chmod -R u+w "$work" 2> /dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}
pass() {
    echo "ok: $*"
}

# ---- 1. every .nix file parses ----
while IFS= read -r -d '' file; do
    if nix-instantiate --parse "$file" > /dev/null 2> "$work/parse.err"; then
        pass "${file#"$project"/} parses"
    else
        fail "${file#"$project"/} does not parse: $(cat "$work/parse.err")"
    fi
done < <(find "$project" -name '*.nix' -not -path "$target/*" -not -path '*/.git/*' -print0)

# ---- 2. the module against the stand-in ----
# evaluate <name> <services.bitpoll definitions as a Nix expression>: the JSON goes to $work/<name>.json
evaluate() {
    (cd "$work" && nix-instantiate --store dummy:// --eval --strict --json "$stand_in" \
        --argstr package "$work/bitpoll" --arg settings "$2") > "$work/$1.json" 2> "$work/$1.err"
}

# expect <name> <jq expression that must be true> <what it checks>
expect() {
    if [ ! -s "$work/$1.json" ]; then
        fail "$1: $3 (the configuration did not evaluate)"
    elif jq -e "$2" "$work/$1.json" > /dev/null; then pass "$1: $3"; else fail "$1: $3 ($2)"; fi
}

hardening='.service.serviceConfig as $s
    | $s.NoNewPrivileges and $s.PrivateTmp and $s.ProtectSystem == "strict" and $s.ProtectHome
    and $s.PrivateDevices and $s.ProtectKernelTunables and $s.ProtectKernelModules and $s.ProtectControlGroups
    and $s.CapabilityBoundingSet == [""] and $s.RestrictAddressFamilies == ["AF_INET", "AF_INET6", "AF_UNIX"]
    and ($s.SystemCallFilter | index("@system-service")) != null and $s.MemoryDenyWriteExecute == false
    and $s.ReadWritePaths == ["/var/lib/bitpoll"] and ($s | has("DynamicUser") | not)'

evaluate defaults '{ enable = true; }' || fail "defaults do not evaluate: $(cat "$work/defaults.err")"
expect defaults '.users.bitpoll == {isSystemUser: true, group: "bitpoll", home: "/var/lib/bitpoll", description: "Bitpoll service"}' \
    "a system user bitpoll whose home is the data directory"
expect defaults '.groups == ["bitpoll"]' "a group bitpoll"
expect defaults '.tmpfiles == ["d '"'"'/var/lib/bitpoll'"'"' 0700 bitpoll bitpoll - -"]' "the data directory, mode 700"
expect defaults '.service.serviceConfig.User == "bitpoll" and .service.serviceConfig.Group == "bitpoll"' "runs as bitpoll"
expect defaults "$hardening" "the hardening"
expect defaults '.service.serviceConfig.LoadCredential == [] and .service.environment.BITPOLL_CREDENTIALS == ""' "no credentials"
expect defaults '.service.environment.BITPOLL_DB_DRIVER == "h2" and (.service.environment | has("BITPOLL_DB_URL") | not)' "H2"
expect defaults '.service.environment.JBOSS_HOME | endswith("/bitpoll")' "the package itself"
expect defaults '.scripts."bitpoll-start" | contains("jboss.bind.address=127.0.0.1\n") and contains("jboss.bind.address.management=127.0.0.1\n")' \
    "listens on loopback"
expect defaults '.firewall == [] and .postgresql == null' "no firewall port, no PostgreSQL"
expect defaults '.service.environment | .BITPOLL_RETENTION_DAYS == "180" and .BITPOLL_RETENTION_WARNING_DAYS == "14"
    and .BITPOLL_CLEANUP_SCHEDULE == "hour=3 minute=15" and .BITPOLL_TRUSTED_PROXY == "" and .BITPOLL_SESSION_TIMEOUT == "60"
    and .BITPOLL_MAIL_RETRY_SCHEDULE == "minute=* hour=*"' \
    "the retention, clean-up, proxy, session and mail retry defaults"
expect defaults '.service.environment | .BITPOLL_REMINDER_DAYS_BEFORE == "1" and .BITPOLL_REMINDER_SCHEDULE == "minute=*/15 hour=*"' \
    "the reminder defaults of configure-server.cli"
expect defaults '.manage | contains("--uid=bitpoll --gid=bitpoll") and contains("'"'"'--setenv=BITPOLL_DB_DRIVER=h2'"'"'")
    and contains("'"'"'--setenv=BITPOLL_MANAGEMENT=127.0.0.1:9990'"'"'") and (contains("LoadCredential") | not)' \
    "bitpoll-manage runs as bitpoll with the service's database and management port"
expect defaults '.manage | test("--setenv=BITPOLL_WAR=[^'"'"']*/bitpoll/standalone/deployments/ROOT.war'"'"'")
    and contains("'"'"'--setenv=BITPOLL_BASE_DIR=/var/lib/bitpoll/standalone'"'"'")' \
    "bitpoll-manage uses the package's WAR"

evaluate postgresql '{ enable = true; database = { type = "postgresql"; createLocally = true; };
    settings = { trustedProxy = [ "127.0.0.1" "0:0:0:0:0:0:0:1" ]; retentionDays = 30; retentionWarningDays = 7;
                 cleanupSchedule = "dayOfWeek=Sun hour=4 minute=0"; sessionTimeout = 20;
                 mailRetrySchedule = "minute=*/5 hour=*"; }; }' \
    || fail "PostgreSQL created locally does not evaluate: $(cat "$work/postgresql.err")"
expect postgresql '.postgresql == {enable: true, ensureDatabases: ["bitpoll"], ensureUsers: [{name: "bitpoll", ensureDBOwnership: true}]}' \
    "database and role created by services.postgresql"
expect postgresql '.service.environment.BITPOLL_DB_URL == "jdbc:postgresql://localhost/bitpoll?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg=/run/postgresql/.s.PGSQL.5432"' \
    "the Unix socket through junixsocket (peer authentication)"
expect postgresql '.service.environment.BITPOLL_DB_DRIVER == "postgresql" and .service.environment.BITPOLL_DB_USER == "bitpoll"' "as role bitpoll"
expect postgresql '(.service.after | index("postgresql.target")) != null and .service.requires == ["postgresql.target"]' "after PostgreSQL"
expect postgresql '.service.serviceConfig.LoadCredential == []' "no password"
expect postgresql "$hardening" "the hardening"
expect postgresql '.service.environment | .BITPOLL_TRUSTED_PROXY == "127.0.0.1 0:0:0:0:0:0:0:1"
    and .BITPOLL_RETENTION_DAYS == "30" and .BITPOLL_RETENTION_WARNING_DAYS == "7"
    and .BITPOLL_CLEANUP_SCHEDULE == "dayOfWeek=Sun hour=4 minute=0" and .BITPOLL_SESSION_TIMEOUT == "20"
    and .BITPOLL_MAIL_RETRY_SCHEDULE == "minute=*/5 hour=*"' \
    "the proxy, retention, clean-up and session settings as the variables configure-server.cli reads"
expect postgresql '.scripts."bitpoll-start" | contains("trusted-proxy") or contains("retention") | not' \
    "none of them in the properties file, where configure-server.cli's definitions would hide them"
expect postgresql '.service.environment.BITPOLL_DB_URL as $url | .manage | contains("'"'"'--setenv=BITPOLL_DB_URL=" + $url + "'"'"'")
    and contains("'"'"'--setenv=BITPOLL_DB_USER=bitpoll'"'"'") and (contains("BITPOLL_DB_PASSWORD") | not)' \
    "bitpoll-manage reaches the service's database through the same Unix socket URL, without a password"
expect postgresql '.manage | test("--setenv=PATH=[^'"'"']*/usr/lib/postgresql/local/bin")' \
    "bitpoll-manage runs pg_dump of the local PostgreSQL server's package"

evaluate ldap-mail '{
    enable = true;
    ldap = { url = "ldaps://ldap.example.org"; bindDn = "cn=bitpoll,dc=example,dc=org";
             bindPasswordFile = "/run/secrets/ldap"; userBase = "ou=people,dc=example,dc=org";
             groups = [ "staff" "lab-2" ]; };
    mail = { host = "smtp.example.org"; port = 587; starttls = true; from = "polls@example.org";
             user = "polls"; passwordFile = "/run/secrets/smtp"; };
    settings = { siteName = "Umfragen für alle"; groupManagement = false;
                 "bitpoll.votes-per-client-per-minute" = 60; };
  }' || fail "LDAP and mail do not evaluate: $(cat "$work/ldap-mail.err")"
expect ldap-mail '.service.serviceConfig.LoadCredential == ["ldap-bind-password:/run/secrets/ldap", "smtp-password:/run/secrets/smtp"]' \
    "both secrets through LoadCredential"
expect ldap-mail '.service.environment.BITPOLL_CREDENTIALS == "bitpoll.ldap.bind-password=ldap-bind-password bitpoll.smtp.password=smtp-password"' \
    "both secrets into the properties file"
expect ldap-mail '.service.environment.JBOSS_HOME | endswith("/bitpoll-variant-ldap-mail-login")' \
    "the package with ldap.cli and mail-login.cli applied"
expect ldap-mail '.scripts."bitpoll-start" | contains("bitpoll.ldap.url=ldaps://ldap.example.org\n")
    and contains("bitpoll.ldap.user-filter=(&(objectClass=inetOrgPerson)(uid={0}))\n")
    and contains("bitpoll.smtp.user=polls\n") and contains("bitpoll.smtp.starttls=true\n")
    and contains("bitpoll.votes-per-client-per-minute=60\n") and contains("bitpoll.ldap.groups=staff,lab-2\n")' \
    "the directory, mail and free-form settings"
expect ldap-mail '.service.environment.BITPOLL_GROUP_MANAGEMENT == "false"' "group management turned off"
expect ldap-mail '(.service.environment | tostring | contains("/run/secrets") | not)
    and (.scripts | tostring | contains("/run/secrets") | not)' "the secret files named only in LoadCredential"
expect ldap-mail '.service.environment.BITPOLL_SITE_NAME == "Umfragen für alle" and .service.environment.LANG == "C.UTF-8"' \
    "a UTF-8 setting"
expect ldap-mail "$hardening" "the hardening"
expect ldap-mail '.manage | contains("'"'"'--property=LoadCredential=ldap-bind-password:/run/secrets/ldap'"'"'")' \
    "bitpoll-manage gets the secrets as credentials too"

# ---- 3. bad input ----
# refuse <what> <services.bitpoll definitions> <text the message must contain>
refuse() {
    if evaluate bad "$2"; then
        fail "$1 was accepted"
    elif grep -qF -- "$3" "$work/bad.err"; then
        pass "$1 is refused: $(grep -F -m1 -- "$3" "$work/bad.err" | sed 's/^ *//')"
    else
        fail "$1 is refused without naming $3: $(cat "$work/bad.err")"
    fi
}
touch "$work/db-password"
refuse "a port of the wrong type" '{ enable = true; port = "8080"; }' "services.bitpoll.port' has a value of the wrong type"
refuse "a free-form setting of the wrong type" '{ enable = true; settings.foo = [ 1 ]; }' "services.bitpoll.settings.foo' has a value of the wrong type"
refuse "an unknown option" '{ enable = true; listen = "::"; }' "services.bitpoll.listen' does not exist"
refuse "a secret given as a Nix path" \
    '{ enable = true; database = { type = "postgresql"; host = "db"; passwordFile = ./db-password; }; }' \
    "services.bitpoll.database.passwordFile = $work/db-password;"
refuse "a secret in the store" \
    '{ enable = true; database = { type = "postgresql"; passwordFile = "/nix/store/0000-pw"; }; }' \
    'services.bitpoll.database.passwordFile = "/nix/store/0000-pw" is in the Nix store'
refuse "a relative secret path" '{ enable = true; mail = { user = "u"; passwordFile = "smtp-password"; }; }' \
    'services.bitpoll.mail.passwordFile = "smtp-password" is not an absolute path'
refuse "PostgreSQL without a password file" '{ enable = true; database.type = "postgresql"; }' \
    'services.bitpoll.database.type = "postgresql" needs services.bitpoll.database.passwordFile'
refuse "an LDAP URL without a scheme" \
    '{ enable = true; ldap = { url = "ldap.example.org"; bindDn = "cn=x"; bindPasswordFile = "/run/secrets/ldap"; }; }' \
    'services.bitpoll.ldap.url = "ldap.example.org" needs a scheme'
refuse "LDAP without a bind password file" '{ enable = true; ldap = { url = "ldap://ldap"; bindDn = "cn=x"; }; }' \
    "services.bitpoll.ldap.bindPasswordFile is needed"
refuse "a mail login without a password file" '{ enable = true; mail.user = "polls"; }' \
    "services.bitpoll.mail.user and services.bitpoll.mail.passwordFile go together"
refuse "a setting the module manages" '{ enable = true; settings."jboss.http.port" = 80; }' \
    'services.bitpoll.settings."jboss.http.port" is set by the module itself'
refuse "a database URL as a free-form setting" '{ enable = true; settings."bitpoll.db.url" = "jdbc:h2:mem:x"; }' \
    'services.bitpoll.settings."bitpoll.db.url" is set by the module itself'
refuse "a negative retention" '{ enable = true; settings.retentionDays = -1; }' \
    "services.bitpoll.settings.retentionDays' has a value of the wrong type"
refuse "a retention warning not before the deletion" '{ enable = true; settings = { retentionDays = 10; retentionWarningDays = 10; }; }' \
    "services.bitpoll.settings.retentionWarningDays = 10 must be less than"
refuse "a session timeout of 0" '{ enable = true; settings.sessionTimeout = 0; }' \
    "services.bitpoll.settings.sessionTimeout' has a value of the wrong type"
refuse "a proxy given by its host name" '{ enable = true; settings.trustedProxy = [ "proxy.example.org" ]; }' \
    'services.bitpoll.settings.trustedProxy: "proxy.example.org" is no IP address'
refuse "a clean-up schedule with an unknown key" '{ enable = true; settings.cleanupSchedule = "hours=3"; }' \
    'services.bitpoll.settings.cleanupSchedule: "hours=3" is no key=value pair'
refuse "a mail retry schedule with an unknown key" '{ enable = true; settings.mailRetrySchedule = "minutes=*"; }' \
    'services.bitpoll.settings.mailRetrySchedule: "minutes=*" is no key=value pair'
refuse "a reminder schedule with an unknown key" '{ enable = true; settings.reminderSchedule = "minutes=15"; }' \
    'services.bitpoll.settings.reminderSchedule: "minutes=15" is no key=value pair'
refuse "a retention given as a system property" '{ enable = true; settings."bitpoll.retention-days" = 30; }' \
    'services.bitpoll.settings."bitpoll.retention-days" is a typed setting: use services.bitpoll.settings.retentionDays'
refuse "a typed setting given as a system property" '{ enable = true; settings."bitpoll.site-name" = "Polls"; }' \
    'services.bitpoll.settings."bitpoll.site-name" is a typed setting: use services.bitpoll.settings.siteName'
refuse "createLocally with another role" \
    '{ enable = true; database = { type = "postgresql"; createLocally = true; user = "polls"; }; }' \
    "services.bitpoll.database.user"

# ---- 4. the rendered units ----
# render <name>: the unit and its scripts under $work/unit-<name>
render() {
    local dir="$work/unit-$1" script
    mkdir -p "$dir"
    jq -r .unit "$work/$1.json" | sed "s#@SCRIPTS@#$dir#g" > "$dir/bitpoll.service"
    # stands in for the target NixOS's postgresql module defines (systemd-analyze verify loads what is required)
    printf '[Unit]\nDescription=PostgreSQL\n' > "$dir/postgresql.target"
    for script in bitpoll-pre-start bitpoll-start; do
        jq -r ".scripts.\"$script\"" "$work/$1.json" \
            | sed "s#/nix/store/[a-z0-9]*-bitpoll-service.sh#$project/deploy/bitpoll-service.sh#g" > "$dir/$script"
        chmod 755 "$dir/$script"
    done
}
for config in defaults postgresql ldap-mail; do
    render "$config"
    if jq -r .manage "$work/$config.json" | bash -n; then
        pass "$config: bitpoll-manage is valid shell"
    else
        fail "$config: bitpoll-manage is no valid shell: $(jq -r .manage "$work/$config.json")"
    fi
    if (cd "$work/unit-$config" && SYSTEMD_UNIT_PATH="$PWD:" systemd-analyze verify ./bitpoll.service) \
        > "$work/verify.out" 2>&1; then
        pass "$config: systemd-analyze verify"
    else
        fail "$config: systemd-analyze verify: $(cat "$work/verify.out")"
    fi
    exposure=$(cd "$work/unit-$config" && systemd-analyze security --offline=true --no-pager ./bitpoll.service 2>&1 \
        | sed -n 's/.*Overall exposure level for bitpoll.service: \([0-9.]*\).*/\1/p')
    if [ -n "$exposure" ] && awk -v e="$exposure" -v m="$max_exposure" 'BEGIN { exit !(e <= m) }'; then
        pass "$config: systemd-analyze security exposure $exposure (at most $max_exposure)"
    else
        fail "$config: systemd-analyze security exposure ${exposure:-unknown}, more than $max_exposure"
    fi
done

# ---- 5. seeding and upgrades, on a small stand-in installation ----
seed() {
    JBOSS_HOME="$work/fake-$1" BITPOLL_DATA_DIR="$work/fake-data" bash "$project/deploy/bitpoll-service.sh" seed
}
mkdir -p "$work/fake-1/standalone/configuration" "$work/fake-1/standalone/deployments"
echo '<server version="1"/>' > "$work/fake-1/standalone/configuration/standalone.xml"
echo '# users' > "$work/fake-1/standalone/configuration/mgmt-users.properties"
echo 'war 1' > "$work/fake-1/standalone/deployments/ROOT.war"
cp -R "$work/fake-1" "$work/fake-2"
echo '<server version="2"/>' > "$work/fake-2/standalone/configuration/standalone.xml"
echo '# users, new' > "$work/fake-2/standalone/configuration/mgmt-users.properties"
echo 'war 2' > "$work/fake-2/standalone/deployments/ROOT.war"
chmod -R a-w "$work/fake-1" "$work/fake-2"
fake_config="$work/fake-data/standalone/configuration"
seed 1 > /dev/null
if grep -q 'version="1"' "$fake_config/standalone.xml" && grep -q 'war 1' "$work/fake-data/standalone/deployments/ROOT.war"; then
    pass "the first start seeds the configuration and the WAR"
else
    fail "the first start did not seed the configuration"
fi
if [ -z "$(find "$fake_config" -type f ! -perm -u+w -print -quit)" ]; then
    pass "the seeded configuration is writable by the server, not read-only as in the store"
else
    fail "the seeded configuration is read-only: $(find "$fake_config" -type f ! -perm -u+w)"
fi
echo 'admin=0123' >> "$fake_config/mgmt-users.properties"
echo 'h2' > "$work/fake-data/standalone/data/bitpoll.mv.db"
touch "$work/fake-data/standalone/deployments/ROOT.war.deployed"
seed 1 > /dev/null
if grep -q 'admin=0123' "$fake_config/mgmt-users.properties"; then
    pass "a restart keeps the operator's files"
else
    fail "a restart replaced an edited file"
fi
seed 2 > /dev/null 2> "$work/seed.err"
if grep -q 'version="2"' "$fake_config/standalone.xml"; then
    pass "an upgrade updates an unedited configuration file"
else
    fail "an upgrade kept the old standalone.xml"
fi
if grep -q 'admin=0123' "$fake_config/mgmt-users.properties" && grep -q 'new' "$fake_config/mgmt-users.properties.new" \
    && grep -q "mgmt-users.properties was edited here" "$work/seed.err"; then
    pass "an upgrade keeps an edited file, puts the new one beside it and warns"
else
    fail "an upgrade mishandled the edited mgmt-users.properties: $(cat "$work/seed.err")"
fi
if grep -q h2 "$work/fake-data/standalone/data/bitpoll.mv.db" && grep -q 'war 2' "$work/fake-data/standalone/deployments/ROOT.war" \
    && [ ! -e "$work/fake-data/standalone/deployments/ROOT.war.deployed" ]; then
    pass "an upgrade keeps data/ and deploys the new WAR"
else
    fail "an upgrade lost data/ or kept the old WAR"
fi

# ---- 6. the server from a read-only installation, as nobody ----
# The installation as the Nix package lays it out: no data, log or tmp, no history, ROOT.war deployed, read-only.
# With the test services running it is the package variant with ldap.cli and mail-login.cli applied (the module's
# choice when LDAP and a mail login are set), whose configuration test-services.sh has already made for the test
# server (it-config/standalone-it.xml).
run_user=nobody
run_group=$(id -gn nobody)
data="$work/run/data"
mkdir -p "$data" "$work/run/runtime" "$work/run/logs" "$work/run/cache" "$work/run/credentials"
database='database = { type = "h2"; };'
directory=
installation="$work/bitpoll"
if [ -n "$services" ] && [ -S "$services/pg/.s.PGSQL.$pg_port" ] && [ -f "$services/ldap.properties" ]; then
    installation="$work/bitpoll-variant-ldap-mail-login"
    # the tests' throwaway cluster (trust authentication): the password only proves its way into the server
    psql_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
    "$psql_bin/psql" -h "$services/pg" -p "$pg_port" -U postgres -d postgres -qc 'DROP DATABASE IF EXISTS bitpoll_readonly' \
        -c 'CREATE DATABASE bitpoll_readonly' > /dev/null 2>&1
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$work/run/credentials/db-password"
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$work/run/credentials/smtp-password"
    sed -n 's/^bitpoll.ldap.bind-password=//p' "$services/ldap.properties" > "$work/run/credentials/ldap-bind-password"
    ldap() { sed -n "s/^bitpoll.ldap.$1=//p" "$services/ldap.properties"; }
    database="database = { type = \"postgresql\"; socket = \"$services/pg/.s.PGSQL.$pg_port\";
        name = \"bitpoll_readonly\"; user = \"postgres\"; passwordFile = \"/run/secrets/bitpoll-db\"; };"
    directory="ldap = { url = \"$(ldap url)\"; bindDn = \"$(ldap bind-dn)\"; bindPasswordFile = \"/run/secrets/ldap\";
        userBase = \"$(ldap user-base)\"; groupBase = \"$(ldap group-base)\"; };
        mail = { host = \"127.0.0.1\"; port = 1; user = \"bitpoll-check\"; passwordFile = \"/run/secrets/smtp\"; };"
fi
cp -a "$target/wildfly" "$installation"
rm -rf "$installation/standalone/"{data,log,tmp} "$installation/standalone/configuration/standalone_xml_history" \
    "$installation/standalone/deployments/"ROOT.war* "$installation/"bin/*.bat "$installation/"bin/*.ps1
cp "$target/ROOT.war" "$installation/standalone/deployments/ROOT.war"
[ -n "$directory" ] && cp "$target/it-config/standalone-it.xml" "$installation/standalone/configuration/standalone.xml"
# the store's modes: everything readable, nothing writable
chmod -R a-w,a+rX "$installation"
chmod 755 "$work"

evaluate run "{ enable = true; dataDir = \"$data\"; port = $http_port; managementPort = $management_port;
    settings = { \"jboss.https.port\" = $((http_port + 363)); siteName = \"Umfragen für alle\"; }; $database $directory }" \
    || fail "the run configuration does not evaluate: $(cat "$work/run.err")"
render run
chown -R "$run_user:$run_group" "$work/run"
chmod -R go-rwx "$work/run"

# The unit's environment, as systemd would set it, plus the directories systemd would create.
mapfile -t unit_env < <(jq -r '.service.environment | to_entries[] | "\(.key)=\(.value)"' "$work/run.json")
run_env=("${unit_env[@]}" "PATH=/usr/bin:/bin" "JAVA_HOME=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
    "RUNTIME_DIRECTORY=$work/run/runtime" "LOGS_DIRECTORY=$work/run/logs" "CACHE_DIRECTORY=$work/run/cache"
    "CREDENTIALS_DIRECTORY=$work/run/credentials" "HOME=$data" "TMPDIR=$work/run/cache")
as_service() {
    (cd "$data" && setpriv --reuid="$run_user" --regid="$run_group" --clear-groups --inh-caps=-all \
        env -i "${run_env[@]}" "$@")
}
started=$(date +%s)
status=000
if as_service "$work/unit-run/bitpoll-pre-start" > "$work/run.log" 2>&1; then
    pass "the unit's ExecStartPre seeded $data as $run_user"
    # in a process group of its own (job control), so that the whole server stops as systemd would stop it
    set -m
    as_service "$work/unit-run/bitpoll-start" >> "$work/run.log" 2>&1 &
    server_pid=$!
    set +m
else
    fail "the unit's ExecStartPre failed: $(cat "$work/run.log")"
fi
for _ in $(seq 1 "$([ -n "$server_pid" ] && echo 120 || echo 0)"); do
    status=$(curl -s -o "$work/index.html" -w '%{http_code}' "http://127.0.0.1:$http_port/" || true)
    [ "$status" = 200 ] && break
    kill -0 "$server_pid" 2> /dev/null || break
    sleep 1
done
if [ "$status" = 200 ] && grep -q 'Umfragen für alle' "$work/index.html"; then
    pass "GET / answers 200 after $(($(date +%s) - started)) s, with the UTF-8 site name from the unit"
else
    fail "GET / answered $status; the server's output: $(tail -n 40 "$work/run.log")"
fi
if [ -n "$directory" ] && [ "$status" = 200 ]; then
    if python3 "$project/deploy/tests/web_client.py" "http://127.0.0.1:$http_port" alice alice-directory-pw \
        "deploy-check-$$" > "$work/client.out" 2>&1; then
        pass "a directory user logged in, created a poll and voted ($(cat "$work/client.out"))"
    else
        fail "logging in and voting failed: $(cat "$work/client.out"); the server's errors:
$(grep -A 3 ERROR "$work/run/logs/server.log" | head -n 30)"
    fi
fi
if [ -f "$work/run/credentials/db-password" ]; then
    if "$psql_bin/psql" -h "$services/pg" -p "$pg_port" -U postgres -d bitpoll_readonly -tAc \
        'SELECT count(*) FROM flyway_schema_history' 2> /dev/null | grep -qv '^0$'; then
        pass "the schema was migrated in PostgreSQL over its Unix socket (junixsocket)"
    else
        fail "no migrations in the PostgreSQL database reached through the Unix socket"
    fi
    # bitpoll-manage with the environment the module's wrapper gives it (but its PATH, which names the store),
    # as the service's user, beside the running server: the same Unix socket URL, junixsocket on its class path,
    # pg_dump through the socket's folder
    mapfile -t manage_env < <(jq -r .manage "$work/run.json" | grep -o "'--setenv=[^']*'" \
        | sed "s/^'--setenv=//; s/'\$//" | grep -v '^PATH=')
    manage() {
        (cd "$data" && setpriv --reuid="$run_user" --regid="$run_group" --clear-groups --inh-caps=-all \
            env -i "${manage_env[@]}" "PATH=$psql_bin:/usr/bin:/bin" "HOME=$data" "TMPDIR=$work/run/cache" \
            "BITPOLL_DB_PASSWORD_FILE=$work/run/credentials/db-password" \
            "BITPOLL_PROPERTIES=$work/run/runtime/server.properties" bash "$project/wildfly-config/bitpoll-manage" "$@")
    }
    if manage check > "$work/manage.out" 2>&1; then
        pass "bitpoll-manage check, as the module runs it: $(grep -m1 -i database "$work/manage.out")"
    else
        fail "bitpoll-manage check, as the module runs it: $(cat "$work/manage.out")"
    fi
    if manage backup "$data/backup.sql" > "$work/manage.out" 2>&1 && grep -q 'CREATE TABLE' "$data/backup.sql"; then
        pass "bitpoll-manage backup: $(head -n 1 "$work/manage.out")"
    else
        fail "bitpoll-manage backup, as the module runs it: $(cat "$work/manage.out")"
    fi
    ps -eo args > "$work/command-lines"
    if grep -qF -f <(cat "$work/run/credentials/"*) "$work/command-lines"; then
        fail "a secret is on a command line"
    else
        pass "no secret is on a command line"
    fi
    if grep -qF -f "$work/run/credentials/db-password" "$work/run/runtime/server.properties" \
        && grep -qF -f "$work/run/credentials/ldap-bind-password" "$work/run/runtime/server.properties" \
        && [ "$(stat -c '%a %U' "$work/run/runtime/server.properties")" = "600 $run_user" ]; then
        pass "the secrets reached the server in its private properties file (mode 600)"
    else
        fail "the secrets are not in a properties file private to $run_user"
    fi
fi
if [ -n "$(find "$installation" -newer "$work/unit-run/bitpoll.service" -print -quit)" ]; then
    fail "the server wrote into its installation"
else
    pass "the installation stayed untouched; the state is under $data"
fi
kill -TERM -- "-$server_pid" 2> /dev/null || true
wait "$server_pid" 2> /dev/null || true
server_pid=
if grep -q 'ERROR.*WFLYLOG0051' "$work/run/logs/server.log"; then
    fail "the server could not write its configuration: $(grep -m1 WFLYLOG0051 "$work/run/logs/server.log")"
else
    pass "the server wrote its logging configuration into the data directory"
fi
# An upgrade replaces the configuration only if it is as seeded: a boot and a stop must leave it so.
if (cd "$data/standalone/configuration" && grep ' standalone.xml$' .bitpoll-seed.sha256 | sha256sum -c --quiet -); then
    pass "the server left standalone.xml as seeded, so an upgrade can update it"
else
    fail "the server rewrote standalone.xml: an upgrade would keep it as edited"
fi
echo "the read-only server check took $(($(date +%s) - started)) s"

if [ "$failures" -gt 0 ]; then
    echo "$failures deploy check(s) failed" >&2
    exit 1
fi
echo "all deploy checks passed"
