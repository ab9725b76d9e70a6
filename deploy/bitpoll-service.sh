#!/usr/bin/env bash
# Prepares and starts Bitpoll's WildFly from a read-only installation (the Nix store) with all state in a data
# directory. The NixOS module (module.nix) runs it as the service's ExecStartPre ("seed") and ExecStart ("start");
# src/test/nix/check-deploy.sh runs the same script on a read-only copy of the server as an unprivileged user.
#
#   seed   lays out <data dir>/standalone, WildFly's base directory (jboss.server.base.dir):
#          configuration/  copied from the installation on the first start, writable by the server (not with the
#                          store's read-only modes: the admin console and the logging subsystem write there). Each
#                          file's hash, as last taken from
#                          the installation, is kept in configuration/.bitpoll-seed.sha256. When a new installation
#                          (an upgrade, or LDAP turned on) brings a changed file, it replaces the file here if the
#                          operator has not edited it since; an edited file is kept, the installation's version is
#                          put beside it as <file>.new and a warning says how to adopt it. Files the server
#                          writes itself (logging.properties, standalone_xml_history/) follow the installation.
#          deployments/    ROOT.war copied afresh at every start, so an upgrade or a rollback deploys the WAR
#                          that belongs to the installation.
#          data/           the H2 database, timers and deployment content: never touched here.
#   start  writes the server's properties file into the private runtime directory (mode 600): the settings given
#          on standard input (lines of a Java properties file, escaped but for non-ASCII characters), then every secret named in BITPOLL_CREDENTIALS
#          ("property=credential" pairs, separated by spaces) read from systemd's credentials directory. The file
#          reaches WildFly with standalone.sh -P: no secret on a command line, in the environment or in the store.
#
# Environment: JBOSS_HOME (the installation), BITPOLL_DATA_DIR, and for "start" RUNTIME_DIRECTORY,
# LOGS_DIRECTORY, CACHE_DIRECTORY, CREDENTIALS_DIRECTORY (set by systemd), JAVA_OPTS, BITPOLL_CREDENTIALS.
set -euo pipefail

base="${BITPOLL_DATA_DIR:?BITPOLL_DATA_DIR is not set}/standalone"
home="${JBOSS_HOME:?JBOSS_HOME is not set}"

sha() {
    sha256sum < "$1" | cut -d' ' -f1
}

seed() {
    local from="$home/standalone/configuration" config="$base/configuration"
    local manifest="$config/.bitpoll-seed.sha256" next file new old current
    umask 077
    mkdir -p "$config" "$base/deployments" "$base/data"
    next=$(mktemp "$config/.bitpoll-seed.XXXXXX")
    while IFS= read -r -d '' file; do
        file=${file#./}
        new=$(sha "$from/$file")
        old=$(awk -v f="$file" '$2 == f { print $1 }' "$manifest" 2>/dev/null || true)
        if [ ! -e "$config/$file" ]; then
            mkdir -p "$(dirname "$config/$file")"
            cp --no-preserve=mode,ownership "$from/$file" "$config/$file"
            echo "Seeded configuration/$file from $home"
        elif [ "$new" != "$old" ]; then
            current=$(sha "$config/$file")
            if [ "$current" = "$new" ]; then
                :
            elif [ "$current" = "$old" ] || [ "$file" = logging.properties ]; then
                cp --no-preserve=mode,ownership "$from/$file" "$config/$file"
                echo "Updated configuration/$file from $home (it was not edited here)"
            else
                cp --no-preserve=mode,ownership "$from/$file" "$config/$file.new"
                echo "WARNING: $home brings a new configuration/$file, but $config/$file was edited here" \
                    "and is kept. The new version is $config/$file.new: merge your changes into it and move it" \
                    "in place while bitpoll is stopped (the data in $base/data stays)." >&2
            fi
        fi
        printf '%s  %s\n' "$new" "$file" >> "$next"
    done < <(cd "$from" && find . -type f -print0 | sort -z)
    mv "$next" "$manifest"
    rm -rf "$config/standalone_xml_history"

    rm -f "$base/deployments/ROOT.war" "$base/deployments/ROOT.war."*
    cp --no-preserve=mode,ownership "$home/standalone/deployments/ROOT.war" "$base/deployments/ROOT.war"
}

# Java properties files are read by WildFly as ISO-8859-1: every character outside printable ASCII is written as
# \uXXXX (a line break as \u000A), so a UTF-8 site name or password arrives intact.
ascii() {
    local text=$1 out="" c code i
    if LC_ALL=C grep -q '^[ -~]*$' <<< "$text" 2> /dev/null && [ "$text" = "${text%$'\n'*}" ]; then
        printf '%s' "$text"
        return
    fi
    local LC_ALL=C.UTF-8
    for ((i = 0; i < ${#text}; i++)); do
        c=${text:i:1}
        printf -v code '%d' "'$c"
        if [ "$code" -ge 32 ] && [ "$code" -le 126 ]; then
            out+=$c
        elif [ "$code" -gt 65535 ]; then
            code=$((code - 65536))
            printf -v c '\\u%04X\\u%04X' $((0xD800 + (code >> 10))) $((0xDC00 + (code & 1023)))
            out+=$c
        else
            printf -v c '\\u%04X' "$code"
            out+=$c
        fi
    done
    printf '%s' "$out"
}

# A secret as a property value: backslashes doubled, a leading blank kept, then ascii.
secret_value() {
    local value=${1//\\/\\\\}
    [ "${value:0:1}" = " " ] && value="\\$value"
    ascii "$value"
}

start() {
    local properties="${RUNTIME_DIRECTORY:?RUNTIME_DIRECTORY is not set}/server.properties" pair name credential
    local line
    umask 077
    : > "$properties"
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
        "" | "#"*) ;;
        *) printf '%s\n' "$(ascii "$line")" >> "$properties" ;;
        esac
    done
    # shellcheck disable=SC2086 # the pairs are separated by spaces
    for pair in ${BITPOLL_CREDENTIALS:-}; do
        name=${pair%%=*}
        credential="${CREDENTIALS_DIRECTORY:?no credentials directory: LoadCredential is missing}/${pair#*=}"
        [ -r "$credential" ] || { echo "The secret for $name ($credential) cannot be read" >&2; exit 1; }
        printf '%s=%s\n' "$name" "$(secret_value "$(< "$credential")")" >> "$properties"
    done
    exec "$home/bin/standalone.sh" -P "$properties" \
        -Djboss.server.base.dir="$base" \
        -Djboss.server.log.dir="${LOGS_DIRECTORY:-$base/log}" \
        -Djboss.server.temp.dir="${CACHE_DIRECTORY:-$base/tmp}" < /dev/null
}

case "${1:-}" in
seed) seed ;;
start) start ;;
*)
    echo "usage: $0 seed | start < settings" >&2
    exit 2
    ;;
esac
