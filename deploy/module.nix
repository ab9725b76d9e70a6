# services.bitpoll: Bitpoll on its own WildFly, as a hardened systemd service.
#
# The package (this flake's overlay, pkgs.bitpoll) is a WildFly tree already configured by
# wildfly-config/configure-server.cli, with ROOT.war in standalone/deployments. It sits read-only in the
# store, so the server runs with its base directory (configuration, deployments, data) in the state
# directory, its logs in the log directory and its temporary files in the cache directory.
{
  config,
  lib,
  pkgs,
  ...
}:

let
  cfg = config.services.bitpoll;

  inherit (lib)
    literalExpression
    mkEnableOption
    mkIf
    mkOption
    mkPackageOption
    types
    ;

  # A Nix path (./secret) is copied into the world-readable store as soon as it is used: refuse it
  # here, before it is ever evaluated into a derivation (the idea of keycloak.nix's assertStringPath).
  refuseNixPath =
    optionName: value:
    if builtins.isPath value then
      throw ''
        services.bitpoll.${optionName} = ${toString value};
        is a Nix path, so it would be copied into the world-readable Nix store.
        Write it as a string with an absolute path instead, e.g.
          services.bitpoll.${optionName} = "/run/secrets/bitpoll-db-password";
      ''
    else
      value;

  # The typed settings and the server properties they become (configure-server.cli reads the variables).
  typedSettings = {
    siteName = {
      variable = "BITPOLL_SITE_NAME";
      property = "bitpoll.site-name";
    };
    baseUrl = {
      variable = "BITPOLL_BASE_URL";
      property = "bitpoll.base-url";
    };
    publicPolls = {
      variable = "BITPOLL_PUBLIC_POLLS";
      property = "bitpoll.public-polls";
    };
    randomSlugs = {
      variable = "BITPOLL_RANDOM_SLUGS";
      property = "bitpoll.random-slugs";
    };
    defaultTimezone = {
      variable = "BITPOLL_DEFAULT_TIMEZONE";
      property = "bitpoll.default-timezone";
    };
    imprintUrl = {
      variable = "BITPOLL_IMPRINT_URL";
      property = "bitpoll.imprint-url";
    };
    imprintText = {
      variable = "BITPOLL_IMPRINT_TEXT";
      property = "bitpoll.imprint-text";
    };
    privacyUrl = {
      variable = "BITPOLL_PRIVACY_URL";
      property = "bitpoll.privacy-url";
    };
    privacyText = {
      variable = "BITPOLL_PRIVACY_TEXT";
      property = "bitpoll.privacy-text";
    };
    contactEmail = {
      variable = "BITPOLL_CONTACT_EMAIL";
      property = "bitpoll.contact-email";
    };
  };

  # Free-form settings are the remaining keys: system property names, passed as -D options.
  extraProperties = removeAttrs cfg.settings (lib.attrNames typedSettings);

  # System properties the module sets itself, with what to do instead of setting them in settings.
  managedProperties =
    lib.mapAttrs' (
      name: s: lib.nameValuePair s.property "use services.bitpoll.settings.${name} instead"
    ) typedSettings
    // {
      "jboss.bind.address" = "use services.bitpoll.listenAddress instead";
      "jboss.bind.address.management" = "the management interface always listens on 127.0.0.1";
      "jboss.http.port" = "use services.bitpoll.port instead";
      "jboss.management.http.port" = "use services.bitpoll.managementPort instead";
      "jboss.server.base.dir" = "the server's base directory is always /var/lib/bitpoll/standalone";
      "jboss.server.log.dir" = "the server logs to /var/log/bitpoll";
      "jboss.server.temp.dir" = "the server's temporary files are in /var/cache/bitpoll";
    };
  clashingProperties = lib.filter (name: managedProperties ? ${name}) (lib.attrNames extraProperties);

  settingValue = value: if lib.isBool value then lib.boolToString value else toString value;

  # JAVA_OPTS is evaluated once more by standalone.sh (eval), so each option is quoted for the shell.
  # Setting JAVA_OPTS replaces standalone.conf's defaults: the two that matter are kept here.
  javaOptions = [
    "-Djava.awt.headless=true"
    "-Djboss.modules.system.pkgs=org.jboss.byteman"
  ]
  ++ cfg.jvmOptions
  ++ lib.mapAttrsToList (name: value: "-D${name}=${value}") extraProperties;

  # Ports below 1024 need CAP_NET_BIND_SERVICE, which only works outside a private user namespace.
  privilegedPort = cfg.port < 1024;
in
{
  options.services.bitpoll = {
    enable = mkEnableOption "Bitpoll, the poll and scheduling application, on its own WildFly server";

    package = mkPackageOption pkgs "bitpoll" {
      extraDescription = ''
        A WildFly server tree configured by `wildfly-config/configure-server.cli`, with Bitpoll's
        `ROOT.war` in `standalone/deployments`, as built by this repository's flake
        (add its `overlays.default` to `nixpkgs.overlays`).
      '';
    };

    listenAddress = mkOption {
      type = types.str;
      default = "127.0.0.1";
      example = "0.0.0.0";
      description = ''
        Address of the HTTP listener (`jboss.bind.address`). Keep the loopback default behind a reverse
        proxy; set a public address only together with {option}`services.bitpoll.openFirewall`.
        WildFly's HTTPS listener (port 8443, self-signed) binds to the same address.
      '';
    };

    port = mkOption {
      type = types.port;
      default = 8080;
      description = "Port of the HTTP listener (`jboss.http.port`).";
    };

    managementPort = mkOption {
      type = types.port;
      default = 9990;
      description = ''
        Port of WildFly's management interface and admin console (`jboss.management.http.port`).
        It is always bound to 127.0.0.1 and never opened in the firewall.
      '';
    };

    openFirewall = mkOption {
      type = types.bool;
      default = false;
      description = "Whether to open {option}`services.bitpoll.port` in the firewall.";
    };

    jvmOptions = mkOption {
      type = types.listOf types.str;
      default = [
        "-Xms96m"
        "-Xmx384m"
        "-XX:+UseSerialGC"
        "-XX:MaxMetaspaceSize=256m"
        "-XX:ReservedCodeCacheSize=96m"
        "-Xss512k"
      ];
      example = [
        "-Xmx1g"
        "-XX:+UseZGC"
      ];
      description = ''
        Options for the Java virtual machine (`JAVA_OPTS`). They replace the heap size of
        `standalone.conf`. The default is the one measured in BENCHMARKS.md (`server.jvm.options` in
        `pom.xml`): a poll of 1000 votes × 100 options served with about 640 MB of resident memory.
      '';
    };

    database = {
      type = mkOption {
        type = types.enum [
          "h2"
          "postgresql"
        ];
        default = "h2";
        description = ''
          The database behind the `BitpollDS` datasource (`BITPOLL_DB_DRIVER`). `h2` is a file
          database in the state directory, for small installations; `postgresql` needs
          {option}`services.bitpoll.database.url` and {option}`services.bitpoll.database.passwordFile`.
        '';
      };

      url = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "jdbc:postgresql://127.0.0.1:5432/bitpoll";
        description = ''
          JDBC URL of the database (`BITPOLL_DB_URL`). `null` keeps the H2 file under the state
          directory; required for PostgreSQL. Put no password in it: use
          {option}`services.bitpoll.database.passwordFile`.
        '';
      };

      user = mkOption {
        type = types.str;
        default = if cfg.database.type == "postgresql" then "bitpoll" else "sa";
        defaultText = literalExpression ''if database.type == "postgresql" then "bitpoll" else "sa"'';
        description = "Database user (`BITPOLL_DB_USER`).";
      };

      passwordFile = mkOption {
        type = types.nullOr (types.either types.str types.path);
        default = null;
        example = "/run/secrets/bitpoll-db-password";
        apply = value: if value == null then null else refuseNixPath "database.passwordFile" value;
        description = ''
          Absolute path of a file holding the database password, and nothing else (a trailing newline is
          dropped). It is read by systemd as root when the service starts (`LoadCredential`) and given to
          WildFly as `BITPOLL_DB_PASSWORD` in its environment: it never enters the Nix store, the unit file
          or a command line. Write it as a string, not a Nix path. Required for PostgreSQL; `null` keeps
          H2's default password.
        '';
      };
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf types.str;

        options = {
          siteName = mkOption {
            type = types.str;
            default = "Bitpoll";
            description = "Name shown in page titles and the header (`BITPOLL_SITE_NAME` → `bitpoll.site-name`).";
          };

          baseUrl = mkOption {
            type = types.str;
            default = "http://localhost:${toString cfg.port}";
            defaultText = literalExpression ''"http://localhost:''${toString config.services.bitpoll.port}"'';
            example = "https://polls.example.org";
            description = ''
              Address people reach the site at, used in the links it shows and mails
              (`BITPOLL_BASE_URL` → `bitpoll.base-url`).
            '';
          };

          publicPolls = mkOption {
            type = types.bool;
            default = true;
            description = "Whether the start page lists public polls (`BITPOLL_PUBLIC_POLLS` → `bitpoll.public-polls`).";
          };

          randomSlugs = mkOption {
            type = types.bool;
            default = false;
            description = ''
              Whether the create form starts with "random URL name" ticked
              (`BITPOLL_RANDOM_SLUGS` → `bitpoll.random-slugs`).
            '';
          };

          defaultTimezone = mkOption {
            type = types.str;
            default = "Europe/Berlin";
            example = "UTC";
            description = "Time zone of new polls (`BITPOLL_DEFAULT_TIMEZONE` → `bitpoll.default-timezone`).";
          };

          imprintUrl = mkOption {
            type = types.str;
            default = "";
            example = "https://www.example.org/impressum";
            description = ''
              Address of the operator's imprint (legal notice, Impressum) elsewhere: `/imprint/` redirects
              there. An empty string, or anything but a full http(s) address, means none
              (`BITPOLL_IMPRINT_URL` → `bitpoll.imprint-url`).
            '';
          };

          imprintText = mkOption {
            type = types.str;
            default = "";
            example = "<p>Example e.V.<br>Main Street 1<br>12345 Town</p>";
            description = ''
              The imprint itself, in Markdown or simple HTML (sanitised), shown on `/imprint/` when
              {option}`services.bitpoll.settings.imprintUrl` is empty; without either the page says that
              none is set (`BITPOLL_IMPRINT_TEXT` → `bitpoll.imprint-text`).
            '';
          };

          privacyUrl = mkOption {
            type = types.str;
            default = "";
            example = "https://www.example.org/datenschutz";
            description = ''
              Address of the operator's privacy policy elsewhere: `/privacy/` redirects there
              (`BITPOLL_PRIVACY_URL` → `bitpoll.privacy-url`).
            '';
          };

          privacyText = mkOption {
            type = types.str;
            default = "";
            description = ''
              The privacy policy itself, in Markdown or simple HTML (sanitised), shown on `/privacy/` when
              {option}`services.bitpoll.settings.privacyUrl` is empty; without either the page describes what
              Bitpoll stores (`BITPOLL_PRIVACY_TEXT` → `bitpoll.privacy-text`).
            '';
          };

          contactEmail = mkOption {
            type = types.str;
            default = "";
            example = "polls@example.org";
            description = ''
              Mail address for reports of problems, named on `/problems/`
              (`BITPOLL_CONTACT_EMAIL` → `bitpoll.contact-email`).
            '';
          };
        };
      };
      default = { };
      example = literalExpression ''
        {
          siteName = "Team polls";
          baseUrl = "https://polls.example.org";
          "jakarta.faces.PROJECT_STAGE" = "Production";
        }
      '';
      description = ''
        Bitpoll's settings. The typed ones reach the server as `BITPOLL_*` environment variables, which
        `configure-server.cli` turns into the `bitpoll.*` system properties the application reads. Any
        other key is a system property name and is passed to the JVM as `-Dkey=value`. Nothing here is
        secret: values are visible in the unit and on the command line.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.database.type == "postgresql" -> cfg.database.url != null;
        message = ''
          services.bitpoll.database.type = "postgresql" needs services.bitpoll.database.url, e.g.
            services.bitpoll.database.url = "jdbc:postgresql://127.0.0.1:5432/bitpoll";
        '';
      }
      {
        assertion = cfg.database.type == "postgresql" -> cfg.database.passwordFile != null;
        message = ''
          services.bitpoll.database.type = "postgresql" needs services.bitpoll.database.passwordFile:
          the absolute path (a string) of a root-readable file holding only the password, e.g.
            services.bitpoll.database.passwordFile = "/run/secrets/bitpoll-db-password";
          as provided by sops-nix, agenix or a file you create outside the Nix store.
        '';
      }
      {
        assertion = cfg.database.passwordFile != null -> lib.hasPrefix "/" cfg.database.passwordFile;
        message = ''
          services.bitpoll.database.passwordFile = "${toString cfg.database.passwordFile}" is not an absolute
          path: systemd's LoadCredential needs one, e.g. "/run/secrets/bitpoll-db-password".
        '';
      }
      {
        assertion =
          cfg.database.passwordFile != null
          -> !lib.hasPrefix "${builtins.storeDir}/" cfg.database.passwordFile;
        message = ''
          services.bitpoll.database.passwordFile = "${toString cfg.database.passwordFile}" is in the Nix
          store, which every local user can read. Keep the password in a file outside the store
          (e.g. /run/secrets/bitpoll-db-password) and change it, since it has been exposed.
        '';
      }
      {
        assertion = clashingProperties == [ ];
        message = lib.concatMapStringsSep "\n" (
          name: ''services.bitpoll.settings."${name}" is set by the module: ${managedProperties.${name}}.''
        ) clashingProperties;
      }
    ];

    networking.firewall.allowedTCPPorts = mkIf cfg.openFirewall [ cfg.port ];

    systemd.services.bitpoll = {
      description = "Bitpoll on WildFly";
      wantedBy = [ "multi-user.target" ];
      after = [ "network.target" ] ++ lib.optional (cfg.database.type == "postgresql") "postgresql.service";

      environment = {
        JAVA_OPTS = lib.concatMapStringsSep " " lib.escapeShellArg javaOptions;
        BITPOLL_DB_DRIVER = cfg.database.type;
        BITPOLL_DB_USER = cfg.database.user;
      }
      // lib.optionalAttrs (cfg.database.url != null) { BITPOLL_DB_URL = cfg.database.url; }
      // lib.mapAttrs' (
        name: s: lib.nameValuePair s.variable (settingValue cfg.settings.${name})
      ) typedSettings;

      # Seed the server's base directory on first start; afterwards the configuration belongs to the
      # server (admin console changes, standalone_xml_history) and data/ (H2, timers) is kept.
      preStart = ''
        base="$STATE_DIRECTORY/standalone"
        mkdir -p "$base/configuration" "$base/deployments"
        seed=${cfg.package}/standalone/configuration/standalone.xml
        if [ ! -e "$base/configuration/standalone.xml" ]; then
          echo "Seeding $base/configuration from ${cfg.package}"
          cp -R --no-preserve=mode,ownership ${cfg.package}/standalone/configuration/. "$base/configuration/"
          sha256sum < "$seed" > "$base/configuration/.seeded-from.sha256"
        elif [ "$(sha256sum < "$seed")" != "$(cat "$base/configuration/.seeded-from.sha256" 2>/dev/null)" ]; then
          echo "The package's server configuration changed since $base/configuration was seeded." \
            "To adopt it, stop bitpoll, move that directory away and start bitpoll again" \
            "(the data in $base/data stays); otherwise apply the change with jboss-cli." >&2
        fi

        # The WAR follows the package: copied afresh on every start (a newer file, its markers removed),
        # so an upgraded package is deployed and a rollback too.
        rm -f "$base/deployments/ROOT.war" "$base/deployments/ROOT.war."*
        cp --no-preserve=mode,ownership ${cfg.package}/standalone/deployments/ROOT.war "$base/deployments/ROOT.war"
      '';

      # The password arrives as a systemd credential and goes into the environment of the server only.
      script = ''
        ${lib.optionalString (cfg.database.passwordFile != null) ''
          BITPOLL_DB_PASSWORD="$(< "$CREDENTIALS_DIRECTORY/db-password")"
          export BITPOLL_DB_PASSWORD
        ''}
        exec ${cfg.package}/bin/standalone.sh \
          -Djboss.server.base.dir="$STATE_DIRECTORY/standalone" \
          -Djboss.server.log.dir="$LOGS_DIRECTORY" \
          -Djboss.server.temp.dir="$CACHE_DIRECTORY" \
          -Djboss.bind.address=${lib.escapeShellArg cfg.listenAddress} \
          -Djboss.bind.address.management=127.0.0.1 \
          -Djboss.http.port=${toString cfg.port} \
          -Djboss.management.http.port=${toString cfg.managementPort}
      '';

      serviceConfig = {
        DynamicUser = true;
        StateDirectory = "bitpoll";
        StateDirectoryMode = "0700";
        LogsDirectory = "bitpoll";
        LogsDirectoryMode = "0700";
        CacheDirectory = "bitpoll";
        CacheDirectoryMode = "0700";
        WorkingDirectory = "%S/bitpoll";
        LoadCredential = lib.optional (
          cfg.database.passwordFile != null
        ) "db-password:${cfg.database.passwordFile}";

        Restart = "on-failure";
        RestartSec = "10s";
        # A JVM stopped by SIGTERM exits with 128 + 15 after its graceful shutdown.
        SuccessExitStatus = [ "143" ];
        TimeoutStopSec = "90s";

        CapabilityBoundingSet = if privilegedPort then [ "CAP_NET_BIND_SERVICE" ] else [ "" ];
        AmbientCapabilities = lib.optional privilegedPort "CAP_NET_BIND_SERVICE";

        SystemCallFilter = [ "@system-service" ];
        SystemCallArchitectures = "native";

        RestrictNamespaces = true;
        PrivateUsers = !privilegedPort;

        ProtectKernelLogs = true;
        UMask = "0077";
        ProcSubset = "all"; # the JVM's operating system metrics read /proc/stat and /proc/loadavg
        ProtectProc = "invisible";

        MemoryDenyWriteExecute = false; # JIT
        ProtectSystem = "strict";
        ProtectHome = true;
        PrivateTmp = true;
        PrivateDevices = true;
        DevicePolicy = "closed";
        ProtectKernelTunables = true;
        ProtectKernelModules = true;
        ProtectControlGroups = true;
        ProtectHostname = true;
        ProtectClock = true;
        RestrictAddressFamilies = [
          "AF_INET"
          "AF_INET6"
          "AF_UNIX"
        ];
        RestrictRealtime = true;
        LockPersonality = true;
        RemoveIPC = true;
        RestrictSUIDSGID = true;
        NoNewPrivileges = true;
      };
    };
  };

  meta = {
    doc = ./README.md;
    maintainers = [ ];
  };
}
