#!/usr/bin/env bash
# Runs the configured WildFly in the foreground with the freshly built WAR deployed (mvn -Prun package).
# On first use it creates the admin console user "admin" with a random password, stored (mode 600) in
# target/wildfly/standalone/configuration/admin-console.password; the password is never printed or passed
# on a command line. Stop the server with Ctrl-C.
# Usage: run-server.sh <target dir> <JVM options>
set -euo pipefail
target=$1
export JAVA_OPTS=${JAVA_OPTS:-$2}
home="$target/wildfly"
config="$home/standalone/configuration"
password_file="$config/admin-console.password"

if [ ! -f "$password_file" ]; then
    umask 077
    head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file"
    # mgmt-users.properties holds HEX(MD5(user:realm:password)), as bin/add-user.sh writes it
    hash=$(printf 'admin:ManagementRealm:%s' "$(cat "$password_file")" | md5sum | cut -d' ' -f1)
    echo "admin=$hash" >> "$config/mgmt-users.properties"
fi

cp "$target/ROOT.war" "$home/standalone/deployments/ROOT.war"
cat <<MSG

  Bitpoll:        http://localhost:8080/
  Admin console:  http://localhost:9990/  (user admin, password in $password_file)
  Data (H2):      $home/standalone/data/bitpoll/

MSG
exec "$home/bin/standalone.sh"
