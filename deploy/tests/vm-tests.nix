# NixOS VM tests of services.bitpoll (they need KVM): `nix flake check ./deploy`.
{ self, pkgs }:

let
  webClient = ./web_client.py;

  # Stands in for a secret manager: a file made at boot outside the store, readable by root only.
  secretService = script: {
    wantedBy = [ "multi-user.target" ];
    before = [ "bitpoll.service" ];
    requiredBy = [ "bitpoll.service" ];
    serviceConfig = {
      Type = "oneshot";
      RemainAfterExit = true;
      UMask = "0077";
    };
    script = ''
      mkdir -p /run/secrets
      ${script}
    '';
  };
in
{
  # The defaults: H2 under the data directory, loopback only, a dedicated user.
  bitpoll = pkgs.testers.runNixOSTest {
    name = "bitpoll";

    nodes.machine =
      { pkgs, ... }:
      {
        imports = [ self.nixosModules.default ];
        services.bitpoll.enable = true;
        environment.systemPackages = [ pkgs.curl ];
        virtualisation.memorySize = 2048;
        virtualisation.cores = 2;
      };

    testScript = ''
      def page_is_served():
          machine.wait_until_succeeds("curl -sf http://127.0.0.1:8080/ -o /dev/null", timeout=300)
          status = machine.succeed("curl -s -o /tmp/index.html -w '%{http_code}' http://127.0.0.1:8080/")
          assert status == "200", f"GET / answered {status}, expected 200"


      machine.wait_for_unit("bitpoll.service")
      machine.wait_for_open_port(8080, "127.0.0.1")
      # The listener opens before the WAR is deployed: wait for the page itself.
      page_is_served()

      with subtest("the server runs as bitpoll from a seeded data directory, not from the store"):
          machine.succeed("test \"$(stat -c %U /var/lib/bitpoll)\" = bitpoll")
          machine.succeed("pgrep -u bitpoll java")
          machine.succeed("test -f /var/lib/bitpoll/standalone/configuration/.bitpoll-seed.sha256")
          machine.succeed("test -f /var/lib/bitpoll/standalone/data/bitpoll/bitpoll.mv.db")
          machine.succeed("test -f /var/log/bitpoll/server.log")

      with subtest("the listeners are on loopback only"):
          for port in ("8080", "9990"):
              listeners = machine.succeed(f"ss -ltnH 'sport = :{port}' | awk '{{print $4}}'").split()
              loopback = (f"127.0.0.1:{port}", f"[::ffff:127.0.0.1]:{port}")
              assert listeners and all(a in loopback for a in listeners), f"port {port} on {listeners}"

      with subtest("the hardening holds"):
          exposure = machine.succeed("systemd-analyze security bitpoll.service | tail -n 1")
          score = float(exposure.split("level for bitpoll.service:")[1].split()[0])
          assert score <= 2.0, exposure

      with subtest("a restart keeps the data"):
          machine.succeed("touch /var/lib/bitpoll/standalone/data/restart-marker")
          machine.systemctl("restart bitpoll.service")
          machine.wait_for_unit("bitpoll.service")
          page_is_served()
          machine.succeed("test -f /var/lib/bitpoll/standalone/data/restart-marker")
    '';
  };

  # PostgreSQL created locally (peer authentication over the Unix socket), a directory (OpenLDAP) whose bind
  # password arrives through LoadCredential, and a person of the directory who logs in, creates a poll and votes.
  bitpoll-postgresql-ldap = pkgs.testers.runNixOSTest {
    name = "bitpoll-postgresql-ldap";

    nodes.machine =
      { pkgs, ... }:
      {
        imports = [ self.nixosModules.default ];

        services.openldap = {
          enable = true;
          urlList = [ "ldap://127.0.0.1:389/" ];
          settings.children = {
            "cn=schema".includes = map (schema: "${pkgs.openldap}/etc/schema/${schema}.ldif") [
              "core"
              "cosine"
              "inetorgperson"
              "nis"
            ];
            "olcDatabase={1}mdb".attrs = {
              objectClass = [
                "olcDatabaseConfig"
                "olcMdbConfig"
              ];
              olcDatabase = "{1}mdb";
              olcDbDirectory = "/var/lib/openldap/db";
              olcSuffix = "dc=bitpoll,dc=test";
              olcAccess = [
                "{0}to attrs=userPassword by anonymous auth by * none"
                "{1}to * by dn.exact=\"cn=bitpoll,ou=services,dc=bitpoll,dc=test\" read by self read by * none"
              ];
            };
          };
          # The tests' people and groups (alice is in the administrators' group) and the service account
          # Bitpoll binds with (a test fixture: a real directory's password never enters the store).
          declarativeContents."dc=bitpoll,dc=test" = builtins.readFile ../../src/test/ldap/directory.ldif + ''

            dn: cn=bitpoll,ou=services,dc=bitpoll,dc=test
            objectClass: applicationProcess
            objectClass: simpleSecurityObject
            cn: bitpoll
            userPassword: bitpoll-service-pw
          '';
        };

        systemd.services.bitpoll-test-secret = secretService ''
          printf 'bitpoll-service-pw\n' > /run/secrets/bitpoll-ldap
        '';

        services.bitpoll = {
          enable = true;
          database = {
            type = "postgresql";
            createLocally = true;
          };
          ldap = {
            url = "ldap://127.0.0.1:389/";
            bindDn = "cn=bitpoll,ou=services,dc=bitpoll,dc=test";
            bindPasswordFile = "/run/secrets/bitpoll-ldap";
            userBase = "ou=people,dc=bitpoll,dc=test";
            groupBase = "ou=groups,dc=bitpoll,dc=test";
          };
          settings.siteName = "Polls under test";
        };
        systemd.services.bitpoll.after = [ "openldap.service" ];

        environment.systemPackages = [
          pkgs.curl
          pkgs.python3
        ];
        virtualisation.memorySize = 2048;
        virtualisation.cores = 2;
      };

    testScript = ''
      machine.wait_for_unit("postgresql.service")
      machine.wait_for_unit("openldap.service")
      machine.wait_for_unit("bitpoll.service")
      machine.wait_until_succeeds("curl -sf http://127.0.0.1:8080/ | grep -q 'Polls under test'", timeout=300)

      with subtest("the schema is in PostgreSQL, reached over the Unix socket with peer authentication"):
          machine.succeed(
              "runuser -u postgres -- psql -d bitpoll -tAc 'SELECT count(*) FROM flyway_schema_history' | grep -qv '^0$'"
          )
          machine.succeed("grep -q 'socketFactoryArg=/run/postgresql/' /etc/systemd/system/bitpoll.service")

      with subtest("a person of the directory logs in, creates a poll and votes"):
          url = machine.succeed(
              "python3 ${webClient} http://127.0.0.1:8080 alice alice-directory-pw lunch-in-the-vm"
          )
          assert "/poll/lunch-in-the-vm/" in url, url
          machine.succeed(
              "runuser -u postgres -- psql -d bitpoll -tAc \"SELECT count(*) FROM vote\" | grep -qv '^0$'"
          )

      with subtest("the bind password is in no unit, store file or command line"):
          machine.fail("grep -rqF -f /run/secrets/bitpoll-ldap /etc/systemd/system/bitpoll.service")
          machine.succeed("cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' '\\n' > /tmp/cmdlines || true")
          machine.fail("grep -qF -f /run/secrets/bitpoll-ldap /tmp/cmdlines")
          machine.succeed("test \"$(stat -c '%a %U' /run/bitpoll/server.properties)\" = '600 bitpoll'")
    '';
  };
}
