#!/usr/bin/env bash
# Turns the unpacked WildFly distribution into Bitpoll's server: moves target/wildfly-<version> to
# target/wildfly and applies the jboss-cli scripts of this folder offline (embed-server). Runs on every
# build; the scripts run only on a freshly unpacked server.
# Usage: prepare-server.sh <target dir> <wildfly version>
set -euo pipefail
target=$1
version=$2
here=$(cd "$(dirname "$0")" && pwd)
home="$target/wildfly"

if [ -d "$target/wildfly-$version" ]; then
    rm -rf "$home"
    mv "$target/wildfly-$version" "$home"
fi
[ -d "$home" ] || { echo "no WildFly under $home" >&2; exit 1; }

if [ ! -f "$home/.bitpoll-configured" ]; then
    echo "Configuring WildFly in $home"
    export JBOSS_HOME="$home"
    "$home/bin/jboss-cli.sh" --file="$here/configure-server.cli" \
        --properties=<(printf '%s\n' "postgresql.jar=$target/server-modules/postgresql.jar" \
            "junixsocket.jars=$target/server-modules/junixsocket-common.jar:$target/server-modules/junixsocket-native-common.jar")
    touch "$home/.bitpoll-configured"
fi
