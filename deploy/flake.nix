{
  description = "Bitpoll on WildFly: the WAR, the configured server (overlay), apps to run and manage it, a NixOS module and its VM tests";

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
      # junixsocket (Unix sockets for the JDBC driver: PostgreSQL on the same machine with peer authentication),
      # pinned to version.junixsocket in pom.xml.
      junixsocketVersion = "2.10.1";
      junixsocketCommonHash = "sha256-GeX3YVrSKT81Mrw/mRsxOWwRYYNOidmmqgx975OcZyk=";
      junixsocketNativeHash = "sha256-ASbOC68c61de9ReAfU0rFLnzLwYYAgThLsc6tKdyVno=";

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
        ''
        && lib.assertMsg (pomValue "version.junixsocket" == junixsocketVersion) ''
          deploy/flake.nix pins junixsocket ${junixsocketVersion} but pom.xml's version.junixsocket is
          ${pomValue "version.junixsocket"}: update junixsocketVersion and both junixsocket hashes together.
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
          writeShellApplication,
          coreutils,
          gawk,
          gnugrep,
          findutils,
          curl,
          postgresql,
          # Variants the NixOS module asks for (services.bitpoll.ldap.url, services.bitpoll.mail.user): the
          # server's configuration with wildfly-config/ldap.cli or mail-login.cli applied.
          withLdap ? false,
          withMailLogin ? false,
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
          junixsocket =
            artifact: hash:
            fetchurl {
              url = "https://repo1.maven.org/maven2/com/kohlschutter/junixsocket/${artifact}/${junixsocketVersion}/${artifact}-${junixsocketVersion}.jar";
              inherit hash;
            };
          junixsocketCommon = junixsocket "junixsocket-common" junixsocketCommonHash;
          junixsocketNative = junixsocket "junixsocket-native-common" junixsocketNativeHash;

          serverScript = writeShellApplication {
            name = "bitpoll-service";
            runtimeInputs = [
              coreutils
              findutils
              gawk
              gnugrep
            ];
            text = builtins.readFile ./bitpoll-service.sh;
          };
        in
        assert pinsMatchPom;
        stdenvNoCC.mkDerivation (finalAttrs: {
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
            cp ${junixsocketCommon} "$TMPDIR/junixsocket-common.jar"
            cp ${junixsocketNative} "$TMPDIR/junixsocket-native-common.jar"
            {
              echo "postgresql.jar=$TMPDIR/postgresql.jar"
              echo "junixsocket.jars=$TMPDIR/junixsocket-common.jar:$TMPDIR/junixsocket-native-common.jar"
            } > "$TMPDIR/cli.properties"
            bash bin/jboss-cli.sh --file=${../wildfly-config/configure-server.cli} \
              --properties="$TMPDIR/cli.properties"
            ${lib.optionalString withLdap "bash bin/jboss-cli.sh --file=${../wildfly-config/ldap.cli}"}
            ${lib.optionalString withMailLogin "bash bin/jboss-cli.sh --file=${../wildfly-config/mail-login.cli}"}

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
            # The operators' command (wildfly-config/bitpoll-manage; fixupPhase patches its shebang), run
            # through passthru.manage with this server as JBOSS_HOME.
            install -Dm555 ${../wildfly-config/bitpoll-manage} "$out/libexec/bitpoll-manage"
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
            grep -q 'com.kohlschutter.junixsocket' "$out/modules/org/postgresql/main/module.xml"
            ${lib.optionalString withLdap ''grep -q 'dir-context name="bitpoll-ldap"' "$out/standalone/configuration/standalone.xml"''}
            test -f "$out/standalone/deployments/ROOT.war"
            test ! -e "$out/standalone/data"
            runHook postInstallCheck
          '';

          passthru = {
            inherit war wildflyVersion serverScript;
            jdk = jdk17_headless;

            # nix run ./deploy: the server in the foreground, its state in $BITPOLL_DATA_DIR (default
            # ./bitpoll-data), seeded and started by the same script as the NixOS service.
            run = writeShellApplication {
              name = "bitpoll-run";
              runtimeInputs = [ serverScript ];
              text = ''
                data=$(realpath -m "''${BITPOLL_DATA_DIR:-bitpoll-data}")
                mkdir -p "$data/run" "$data/log" "$data/tmp"
                chmod 700 "$data" "$data/run"
                export JBOSS_HOME=${finalAttrs.finalPackage} BITPOLL_DATA_DIR="$data"
                export RUNTIME_DIRECTORY="$data/run" LOGS_DIRECTORY="$data/log" CACHE_DIRECTORY="$data/tmp"
                bitpoll-service seed
                echo "Bitpoll on http://localhost:8080/ (state in $data)"
                bitpoll-service start < /dev/null
              '';
            };

            # nix run ./deploy#manage -- check: bitpoll-manage for this server (JBOSS_HOME), configured by
            # BITPOLL_BASE_DIR, BITPOLL_MANAGEMENT, BITPOLL_DB_* and BITPOLL_PROPERTIES as its usage explains.
            manage = writeShellApplication {
              name = "bitpoll-manage";
              runtimeInputs = [
                coreutils
                gnugrep
                curl
                postgresql
                jdk17_headless
              ];
              text = ''
                export JBOSS_HOME="''${JBOSS_HOME:-${finalAttrs.finalPackage}}"
                exec ${finalAttrs.finalPackage}/libexec/bitpoll-manage "$@"
              '';
            };
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
        });

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
          war = pkgs.bitpoll.war;
          default = pkgs.bitpoll;
        }
      );

      nixosModules.default = ./module.nix;

      apps = lib.genAttrs systems (
        system:
        let
          pkgs = pkgsFor system;
        in
        {
          run = {
            type = "app";
            program = lib.getExe pkgs.bitpoll.passthru.run;
            meta.description = "Runs Bitpoll in the foreground with its state in $BITPOLL_DATA_DIR (./bitpoll-data)";
          };
          manage = {
            type = "app";
            program = lib.getExe pkgs.bitpoll.passthru.manage;
            meta.description = "bitpoll-manage: check, migrate, create-admin, generate-encryption-key, backup, redeploy";
          };
          default = self.apps.${system}.run;
        }
      );

      devShells = lib.genAttrs systems (
        system:
        let
          pkgs = pkgsFor system;
        in
        {
          default = pkgs.mkShell {
            packages = [
              pkgs.jdk17
              pkgs.maven
              pkgs.nixfmt # the RFC style nixpkgs uses
              pkgs.systemd # systemd-analyze, as src/test/nix/check-deploy.sh uses it
            ];
            shellHook = ''
              export JAVA_HOME=${pkgs.jdk17}
            '';
          };
        }
      );

      # NixOS VM tests (they need KVM): `nix flake check ./deploy`. Without nixpkgs, the README's test command
      # checks the same module offline (src/test/nix/check-deploy.sh).
      checks.x86_64-linux = import ./tests/vm-tests.nix {
        inherit self;
        pkgs = pkgsFor "x86_64-linux";
      };
    };
}
