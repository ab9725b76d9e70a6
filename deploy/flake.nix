{
  description = "Bitpoll on WildFly: the configured server with the WAR (overlay), a NixOS module and its VM tests";

  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-26.05";

  outputs =
    { self, nixpkgs }:
    let
      inherit (nixpkgs) lib;

      # The WAR's Maven dependencies are fetched into a fixed-output derivation, whose hash cannot be
      # computed without the network. Refresh it whenever pom.xml's dependencies or plugins change: leave
      # lib.fakeHash here, run `nix build ./deploy#bitpoll`, and copy the `got: sha256-…` value of the
      # hash-mismatch error in place of lib.fakeHash.
      mavenDependenciesHash = lib.fakeHash;

      # The server and the JDBC driver come from Maven Central, pinned to the versions in pom.xml
      # (checked below). Each hash is that of the file Maven downloaded into ~/.m2, whose .sha1 matched
      # Central's; bump a version and its hash together.
      wildflyVersion = "39.0.1.Final";
      wildflyDistHash = "sha256-Ly8k54ako9Dj+zSKpF9w1yeL4AhEvIWToqUNTYcU+Xo=";
      postgresqlDriverVersion = "42.7.14";
      postgresqlDriverHash = "sha256-c5FFJzBaQMzlBLDT2QsjyvVlE2kS1geuiufFiVUSMyw=";

      pom = builtins.readFile ../pom.xml;
      pomValue =
        tag:
        let
          found = lib.findFirst builtins.isList null (
            builtins.split "<${lib.escapeRegex tag}>([^<]*)</${lib.escapeRegex tag}>" pom
          );
        in
        if found == null then throw "pom.xml has no <${tag}> element" else builtins.head found;

      pinsMatchPom =
        lib.assertMsg (pomValue "version.server" == wildflyVersion) ''
          deploy/flake.nix pins WildFly ${wildflyVersion} but pom.xml's version.server is ${pomValue "version.server"}:
          update wildflyVersion and wildflyDistHash in deploy/flake.nix together.
        ''
        && lib.assertMsg (pomValue "version.postgresql" == postgresqlDriverVersion) ''
          deploy/flake.nix pins the PostgreSQL driver ${postgresqlDriverVersion} but pom.xml's version.postgresql
          is ${pomValue "version.postgresql"}: update postgresqlDriverVersion and postgresqlDriverHash together.
        '';

      # pkgs.bitpoll: WildFly's full distribution, configured offline by wildfly-config/configure-server.cli
      # (embed-server), with the PostgreSQL driver as a module and ROOT.war in standalone/deployments.
      bitpollPackage =
        {
          lib,
          stdenvNoCC,
          fetchurl,
          maven,
          jdk17_headless,
          unzip,
        }:
        let
          # The first <version> of pom.xml is the project's own.
          version = pomValue "version";

          war = maven.buildMavenPackage {
            pname = "bitpoll-war";
            inherit version;
            # Only what the WAR is built from, so edits elsewhere (deploy/, docs) do not rebuild it.
            src = lib.fileset.toSource {
              root = ../.;
              fileset = lib.fileset.unions [
                ../pom.xml
                ../src
              ];
            };
            mvnJdk = jdk17_headless;
            mvnHash = mavenDependenciesHash;
            # The pom also unpacks and configures a WildFly under target/ (for `mvn -Prun` and the ITs).
            # Here the server is the derivation below: skip that part, which also keeps the 261 MB zip out
            # of the dependency snapshot. The unit tests (surefire) still run.
            mvnParameters = "-Dmdep.skip=true -Dexec.skip=true";
            installPhase = ''
              runHook preInstall
              install -Dm444 target/ROOT.war "$out/ROOT.war"
              runHook postInstall
            '';
            meta.license = lib.licenses.gpl3Plus;
          };

          postgresqlDriver = fetchurl {
            url = "https://repo1.maven.org/maven2/org/postgresql/postgresql/${postgresqlDriverVersion}/postgresql-${postgresqlDriverVersion}.jar";
            hash = postgresqlDriverHash;
          };
        in
        assert pinsMatchPom;
        stdenvNoCC.mkDerivation {
          pname = "bitpoll";
          inherit version;

          src = fetchurl {
            url = "https://repo1.maven.org/maven2/org/wildfly/wildfly-dist/${wildflyVersion}/wildfly-dist-${wildflyVersion}.zip";
            hash = wildflyDistHash;
          };
          sourceRoot = "wildfly-${wildflyVersion}";

          nativeBuildInputs = [ unzip ];

          dontConfigure = true;

          buildPhase = ''
            runHook preBuild

            export HOME="$TMPDIR" JAVA_HOME=${jdk17_headless} JBOSS_HOME="$PWD"
            export JAVA_OPTS="-Djava.io.tmpdir=$TMPDIR"
            # `module add` names the module's jar after the file it is given: give it postgresql.jar.
            cp ${postgresqlDriver} "$TMPDIR/postgresql.jar"
            echo "postgresql.jar=$TMPDIR/postgresql.jar" > "$TMPDIR/cli.properties"
            bash bin/jboss-cli.sh --file=${../wildfly-config/configure-server.cli} \
              --properties="$TMPDIR/cli.properties"

            install -m444 ${war}/ROOT.war standalone/deployments/ROOT.war

            # Leftovers of the embedded boot: the service keeps data, logs and temporary files in its
            # own directories (jboss.server.base.dir, log.dir and temp.dir point there).
            rm -rf standalone/data standalone/log standalone/tmp \
              standalone/configuration/standalone_xml_history

            # Every script (standalone.sh, jboss-cli.sh, add-user.sh) sources common.conf: it pins the JDK
            # the server was configured with, unless the caller sets JAVA_HOME.
            cat > bin/common.conf <<'EOF'
            if [ "x$JAVA_HOME" = "x" ]; then
                JAVA_HOME=${jdk17_headless}
            fi
            EOF

            runHook postBuild
          '';

          installPhase = ''
            runHook preInstall
            rm -f bin/*.bat bin/*.ps1
            mkdir -p "$out"
            cp -R . "$out/"
            runHook postInstall
          '';

          # Jars and scripts only: nothing to strip or patch (shebangs are patched by fixupPhase).
          dontStrip = true;
          dontPatchELF = true;

          doInstallCheck = true;
          installCheckPhase = ''
            runHook preInstallCheck
            grep -q 'pool-name="BitpollDS"' "$out/standalone/configuration/standalone.xml"
            grep -q 'bitpoll.site-name' "$out/standalone/configuration/standalone.xml"
            test -f "$out/modules/org/postgresql/main/postgresql.jar"
            test -f "$out/standalone/deployments/ROOT.war"
            test ! -e "$out/standalone/data"
            runHook postInstallCheck
          '';

          passthru = {
            inherit war wildflyVersion;
            jdk = jdk17_headless;
          };

          meta = {
            description = "Bitpoll, a poll and scheduling application, on a configured WildFly ${wildflyVersion}";
            license = with lib.licenses; [
              gpl3Plus # Bitpoll
              asl20 # WildFly
            ];
            sourceProvenance = with lib.sourceTypes; [
              fromSource
              binaryBytecode # WildFly's distribution and the JDBC driver are prebuilt jars
            ];
            platforms = lib.platforms.linux;
          };
        };

      systems = [
        "x86_64-linux"
        "aarch64-linux"
      ];
      pkgsFor =
        system:
        import nixpkgs {
          inherit system;
          overlays = [ self.overlays.default ];
        };
    in
    {
      overlays.default = final: prev: {
        bitpoll = final.callPackage bitpollPackage { };
      };

      packages = lib.genAttrs systems (
        system:
        let
          pkgs = pkgsFor system;
        in
        {
          inherit (pkgs) bitpoll;
          default = pkgs.bitpoll;
        }
      );

      nixosModules.default = ./module.nix;

      # VM tests (they need KVM): `nix flake check ./deploy`.
      checks.x86_64-linux =
        let
          pkgs = pkgsFor "x86_64-linux";
        in
        {
          # The defaults: H2 in the state directory, loopback only.
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
                  status = machine.succeed(
                      "curl -s -o /tmp/index.html -w '%{http_code}' http://127.0.0.1:8080/"
                  )
                  assert status == "200", f"GET / answered {status}, expected 200"
                  machine.succeed("grep -q 'Create a poll' /tmp/index.html")


              machine.wait_for_unit("bitpoll.service")
              machine.wait_for_open_port(8080, "127.0.0.1")
              # The listener opens before the WAR is deployed: wait for the page itself.
              page_is_served()

              with subtest("the server runs from a seeded state directory, not from the store"):
                  machine.succeed("test -f /var/lib/bitpoll/standalone/configuration/standalone.xml")
                  machine.succeed("test -f /var/lib/bitpoll/standalone/data/bitpoll/bitpoll.mv.db")
                  machine.succeed("test -f /var/log/bitpoll/server.log")

              with subtest("the management interface listens on loopback only"):
                  # The JVM opens dual-stack sockets, so 127.0.0.1 may show as [::ffff:127.0.0.1].
                  listeners = machine.succeed("ss -ltnH 'sport = :9990' | awk '{print $4}'").split()
                  loopback = ("127.0.0.1:9990", "[::ffff:127.0.0.1]:9990")
                  assert listeners and all(a in loopback for a in listeners), f"port 9990 on {listeners}"

              with subtest("a restart keeps the data"):
                  machine.succeed("touch /var/lib/bitpoll/standalone/data/restart-marker")
                  machine.systemctl("restart bitpoll.service")
                  machine.wait_for_unit("bitpoll.service")
                  page_is_served()
                  machine.succeed("test -f /var/lib/bitpoll/standalone/data/restart-marker")
            '';
          };

          # PostgreSQL with the password delivered through LoadCredential, and the typed settings.
          bitpoll-postgresql = pkgs.testers.runNixOSTest {
            name = "bitpoll-postgresql";

            nodes.machine =
              { config, pkgs, ... }:
              {
                imports = [ self.nixosModules.default ];

                services.postgresql.enable = true;

                # Stands in for a secret manager: a random password, made at boot outside the store,
                # given to a new role through stdin (never on a command line).
                systemd.services.bitpoll-test-secret = {
                  wantedBy = [ "multi-user.target" ];
                  after = [ "postgresql.service" ];
                  requires = [ "postgresql.service" ];
                  before = [ "bitpoll.service" ];
                  path = [
                    config.services.postgresql.package
                    pkgs.util-linux
                  ];
                  serviceConfig = {
                    Type = "oneshot";
                    RemainAfterExit = true;
                    UMask = "0077";
                  };
                  script = ''
                    mkdir -p /run/secrets
                    password=$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')
                    printf '%s\n' "$password" > /run/secrets/bitpoll-db-password
                    runuser -u postgres -- psql -v ON_ERROR_STOP=1 -d postgres <<SQL
                    CREATE ROLE bitpoll LOGIN PASSWORD '$password';
                    CREATE DATABASE bitpoll OWNER bitpoll;
                    SQL
                  '';
                };
                systemd.services.bitpoll = {
                  after = [ "bitpoll-test-secret.service" ];
                  requires = [ "bitpoll-test-secret.service" ];
                };

                services.bitpoll = {
                  enable = true;
                  database = {
                    type = "postgresql";
                    url = "jdbc:postgresql://127.0.0.1:5432/bitpoll";
                    passwordFile = "/run/secrets/bitpoll-db-password";
                  };
                  settings = {
                    siteName = "Polls under test";
                    baseUrl = "https://polls.example.org";
                    "jakarta.faces.PROJECT_STAGE" = "Production";
                  };
                };

                environment.systemPackages = [ pkgs.curl ];
                virtualisation.memorySize = 2048;
                virtualisation.cores = 2;
              };

            testScript = ''
              machine.wait_for_unit("bitpoll.service")
              machine.wait_for_open_port(8080, "127.0.0.1")
              machine.wait_until_succeeds("curl -sf http://127.0.0.1:8080/ -o /dev/null", timeout=300)
              status = machine.succeed("curl -s -o /tmp/index.html -w '%{http_code}' http://127.0.0.1:8080/")
              assert status == "200", f"GET / answered {status}, expected 200"
              machine.succeed("grep -q 'Create a poll' /tmp/index.html")

              with subtest("the settings reach the application"):
                  machine.succeed("grep -q 'Polls under test' /tmp/index.html")
                  machine.succeed("grep -q 'https://polls.example.org/poll/' /tmp/index.html")
                  machine.succeed("pgrep -af java | grep -qF -- '-Djakarta.faces.PROJECT_STAGE=Production'")

              with subtest("the schema was migrated in PostgreSQL, so the credential worked"):
                  machine.succeed(
                      "runuser -u postgres -- psql -d bitpoll -tAc 'SELECT count(*) FROM flyway_schema_history' | grep -qv '^0$'"
                  )

              with subtest("the password is in no unit file and on no command line"):
                  machine.fail("systemctl cat bitpoll.service | grep -qF -f /run/secrets/bitpoll-db-password")
                  machine.fail("systemctl show bitpoll.service | grep -qF -f /run/secrets/bitpoll-db-password")
                  machine.succeed("cat /proc/[0-9]*/cmdline 2>/dev/null | tr '\\0' '\\n' > /tmp/cmdlines || true")
                  machine.fail("grep -qF -f /run/secrets/bitpoll-db-password /tmp/cmdlines")
            '';
          };
        };
    };
}
