# services.bitpoll: Bitpoll on its own WildFly, as a hardened systemd service.
#
# The package (this flake's overlay, pkgs.bitpoll) is a WildFly tree already configured by
# wildfly-config/configure-server.cli, with ROOT.war in standalone/deployments. It sits read-only in the
# store, so the server runs with its base directory (configuration, deployments, data) under the data
# directory, seeded and upgraded by bitpoll-service.sh, its logs in /var/log/bitpoll and its temporary files
# in /var/cache/bitpoll. Secrets arrive through LoadCredential and reach WildFly in a properties file in the
# private runtime directory (standalone.sh -P), never in the store, the unit or a command line.
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

  # A Nix path (./secret) is copied into the world-readable store as soon as it is used: refuse it before
  # it is ever evaluated into a derivation (the idea of keycloak.nix's assertStringPath).
  secretFileOption =
    optionName: example: what:
    mkOption {
      type = types.nullOr (types.either types.str types.path);
      default = null;
      inherit example;
      apply =
        value:
        if builtins.isPath value then
          throw ''
            services.bitpoll.${optionName} = ${toString value};
            is a Nix path, so it would be copied into the world-readable Nix store. Write it as a string
            with an absolute path outside the store instead, e.g.
              services.bitpoll.${optionName} = "${example}";
          ''
        else
          value;
      description = ''
        Absolute path (a string, not a Nix path) of a file holding ${what} and nothing else (a trailing
        newline is dropped). systemd reads it as root when the service starts (`LoadCredential`); the
        service writes it into WildFly's properties file in its private runtime directory. It never enters
        the Nix store, the unit file, the environment or a command line.
      '';
    };

  secretFiles = {
    "database.passwordFile" = {
      path = cfg.database.passwordFile;
      credential = "db-password";
      property = "bitpoll.db.password";
    };
    "ldap.bindPasswordFile" = {
      path = cfg.ldap.bindPasswordFile;
      credential = "ldap-bind-password";
      property = "bitpoll.ldap.bind-password";
    };
    "mail.passwordFile" = {
      path = cfg.mail.passwordFile;
      credential = "smtp-password";
      property = "bitpoll.smtp.password";
    };
  };
  givenSecrets = lib.filterAttrs (_: s: s.path != null) secretFiles;

  # The typed settings and the environment variables configure-server.cli turns into bitpoll.* properties.
  typedSettings = {
    siteName = "BITPOLL_SITE_NAME";
    baseUrl = "BITPOLL_BASE_URL";
    publicPolls = "BITPOLL_PUBLIC_POLLS";
    randomSlugs = "BITPOLL_RANDOM_SLUGS";
    registration = "BITPOLL_REGISTRATION";
    groupManagement = "BITPOLL_GROUP_MANAGEMENT";
    pollCreationRequiresLogin = "BITPOLL_POLL_CREATION_REQUIRES_LOGIN";
    defaultTimezone = "BITPOLL_DEFAULT_TIMEZONE";
    imprintUrl = "BITPOLL_IMPRINT_URL";
    imprintText = "BITPOLL_IMPRINT_TEXT";
    privacyUrl = "BITPOLL_PRIVACY_URL";
    privacyText = "BITPOLL_PRIVACY_TEXT";
    contactEmail = "BITPOLL_CONTACT_EMAIL";
    retentionDays = "BITPOLL_RETENTION_DAYS";
    retentionWarningDays = "BITPOLL_RETENTION_WARNING_DAYS";
    cleanupSchedule = "BITPOLL_CLEANUP_SCHEDULE";
    mailRetrySchedule = "BITPOLL_MAIL_RETRY_SCHEDULE";
    reminderDaysBefore = "BITPOLL_REMINDER_DAYS_BEFORE";
    reminderSchedule = "BITPOLL_REMINDER_SCHEDULE";
    trustedProxy = "BITPOLL_TRUSTED_PROXY";
    sessionTimeout = "BITPOLL_SESSION_TIMEOUT";
  };

  settingValue =
    value:
    if lib.isBool value then
      lib.boolToString value
    else if lib.isList value then
      lib.concatStringsSep " " value
    else
      toString value;

  # What the application accepts (org.bitpoll.platform.config.Rule), checked here so that a bad value stops the
  # evaluation instead of the deployment: the proxy's addresses as IP literals, the clean-up's calendar attributes.
  badProxies = lib.filter (
    address: builtins.match "[0-9.]+|[0-9A-Fa-f:.]+" address == null
  ) cfg.settings.trustedProxy;
  scheduleKeys = [
    "second"
    "minute"
    "hour"
    "dayOfMonth"
    "month"
    "dayOfWeek"
  ];
  badPairsOf =
    schedule:
    lib.filter (
      pair:
      let
        parts = builtins.match "([^=]+)=(.+)" pair;
      in
      parts == null || !lib.elem (builtins.head parts) scheduleKeys
    ) (lib.filter (pair: pair != "") (lib.splitString " " schedule));
  badSchedulePairs = badPairsOf cfg.settings.cleanupSchedule;
  badRetryPairs = badPairsOf cfg.settings.mailRetrySchedule;
  badReminderSchedulePairs = badPairsOf cfg.settings.reminderSchedule;

  ldapEnabled = cfg.ldap.url != null;

  # System properties the module sets itself (in the properties file), and the free-form settings.
  managedProperties = {
    "jboss.bind.address" = cfg.listenAddress;
    "jboss.bind.address.management" = "127.0.0.1";
    "jboss.http.port" = cfg.port;
    "jboss.management.http.port" = cfg.managementPort;
    "bitpoll.smtp.host" = cfg.mail.host;
    "bitpoll.smtp.port" = cfg.mail.port;
    "bitpoll.smtp.ssl" = cfg.mail.ssl;
    "bitpoll.smtp.starttls" = cfg.mail.starttls;
    "bitpoll.mail-from" = cfg.mail.from;
  }
  // lib.optionalAttrs (cfg.mail.user != null) { "bitpoll.smtp.user" = cfg.mail.user; }
  // lib.optionalAttrs ldapEnabled {
    "bitpoll.ldap.url" = cfg.ldap.url;
    "bitpoll.ldap.bind-dn" = cfg.ldap.bindDn;
    "bitpoll.ldap.user-base" = cfg.ldap.userBase;
    "bitpoll.ldap.user-attribute" = cfg.ldap.userAttribute;
    "bitpoll.ldap.user-filter" = cfg.ldap.userFilter;
    "bitpoll.ldap.group-base" = cfg.ldap.groupBase;
    "bitpoll.ldap.group-filter" = cfg.ldap.groupFilter;
    "bitpoll.ldap.group-attribute" = cfg.ldap.groupAttribute;
    "bitpoll.ldap.admin-group" = cfg.ldap.adminGroup;
    "bitpoll.ldap.groups" = lib.concatStringsSep "," cfg.ldap.groups;
    "bitpoll.ldap.connect-timeout" = cfg.ldap.connectTimeout;
    "bitpoll.ldap.read-timeout" = cfg.ldap.readTimeout;
  };
  # The datasource reads bitpoll.db.* before BITPOLL_DB_*: a free-form bitpoll.db.url would reach the server but
  # not bitpoll-manage, so the database is the database options' alone.
  managedNames = [
    "jboss.server.base.dir"
    "jboss.server.log.dir"
    "jboss.server.temp.dir"
    "jboss.socket.binding.port-offset"
    "bitpoll.db.driver"
    "bitpoll.db.url"
    "bitpoll.db.user"
  ]
  ++ lib.attrNames managedProperties
  ++ lib.mapAttrsToList (_: s: s.property) secretFiles;
  freeformProperties = removeAttrs cfg.settings (lib.attrNames typedSettings);
  clashingProperties = lib.filter (name: lib.elem name managedNames) (lib.attrNames freeformProperties);
  # configure-server.cli defines these as system properties from their BITPOLL_* variables, which would
  # override the same property from the properties file: they are set through the typed settings only.
  typedPropertyNames = lib.mapAttrs' (
    name: variable:
    lib.nameValuePair (
      "bitpoll." + lib.toLower (lib.replaceStrings [ "BITPOLL_" "_" ] [ "" "-" ] variable)
    ) name
  ) typedSettings;
  typedAsFreeform = lib.filter (name: typedPropertyNames ? ${name}) (lib.attrNames freeformProperties);
  badPropertyNames = lib.filter (name: builtins.match "[A-Za-z0-9_.-]+" name == null) (
    lib.attrNames freeformProperties
  );

  # A line of a Java properties file; bitpoll-service.sh writes characters beyond ASCII as \uXXXX.
  propertyLine =
    name: value:
    let
      escaped =
        lib.replaceStrings [ "\\" "\n" "\r" "\t" ] [ "\\\\" "\\n" "\\r" "\\t" ]
          (settingValue value);
    in
    "${name}=${if lib.hasPrefix " " escaped then "\\" + escaped else escaped}";
  propertiesText = lib.concatStringsSep "\n" (
    lib.mapAttrsToList propertyLine (managedProperties // freeformProperties)
  );

  # PostgreSQL on this machine is reached over its Unix socket with peer authentication: the JDBC driver
  # speaks to the socket through junixsocket (a server module the org.postgresql module depends on).
  socket =
    if cfg.database.createLocally then "/run/postgresql/.s.PGSQL.${toString cfg.database.port}" else cfg.database.socket;
  jdbcUrl =
    if socket != null then
      "jdbc:postgresql://localhost/${cfg.database.name}?socketFactory=org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg&socketFactoryArg=${socket}"
    else
      "jdbc:postgresql://${cfg.database.host}:${toString cfg.database.port}/${cfg.database.name}";

  # The package with ldap.cli and mail-login.cli applied when the site needs them; the service seeds its
  # configuration from it, and a change here updates the seeded configuration at the next start.
  finalPackage =
    if ldapEnabled || cfg.mail.user != null then
      cfg.package.override {
        withLdap = ldapEnabled;
        withMailLogin = cfg.mail.user != null;
      }
    else
      cfg.package;

  # JAVA_OPTS is evaluated once more by standalone.sh (eval), so each option is quoted for the shell.
  # Setting JAVA_OPTS replaces standalone.conf's defaults: the two that matter are kept here.
  javaOptions = [
    "-Djava.awt.headless=true"
    "-Djboss.modules.system.pkgs=org.jboss.byteman"
  ]
  ++ cfg.jvmOptions;

  # Ports below 1024 need CAP_NET_BIND_SERVICE, which only works outside a private user namespace.
  privilegedPort = cfg.port < 1024;

  serviceScript = "${pkgs.bash}/bin/bash ${./bitpoll-service.sh}";

  # bitpoll-manage for the operator (root): runs the package's command as the service's user through
  # systemd-run, with the service's database (the same BITPOLL_DB_* as the unit, the password file as a
  # credential of the run), the package's WAR (its migrations are the ones the next start applies, also before
  # the first start has copied it into the data directory), its management port, and the tools it calls
  # (pg_dump of the local server's version with createLocally). While the service runs, its properties file
  # (settings and secrets) is given too.
  manageTools = [
    pkgs.coreutils
    pkgs.findutils
    pkgs.gnugrep
    pkgs.unzip
    (if cfg.database.createLocally then config.services.postgresql.package else pkgs.postgresql)
    (finalPackage.jdk or pkgs.jdk17_headless)
  ];
  databaseEnvironment = {
    BITPOLL_DB_DRIVER = cfg.database.type;
  }
  // lib.optionalAttrs (cfg.database.type == "postgresql") {
    BITPOLL_DB_URL = jdbcUrl;
    BITPOLL_DB_USER = cfg.database.user;
  };
  manageCommand = pkgs.writeShellScriptBin "bitpoll-manage" ''
    unit=bitpoll-manage-$$
    extra=()
    if [ -e /run/bitpoll/server.properties ]; then
      extra+=(--setenv=BITPOLL_PROPERTIES=/run/bitpoll/server.properties)
    fi
    ${lib.optionalString (cfg.database.passwordFile != null) ''
      extra+=("--setenv=BITPOLL_DB_PASSWORD_FILE=/run/credentials/$unit.service/db-password")
    ''}
    exec ${pkgs.systemd}/bin/systemd-run --quiet --wait --pipe --collect --unit="$unit" \
      --uid=bitpoll --gid=bitpoll --working-directory=${lib.escapeShellArg cfg.dataDir} \
      ${
        lib.concatStringsSep " " (
          lib.mapAttrsToList (name: value: lib.escapeShellArg "--setenv=${name}=${value}") (
            databaseEnvironment
            // {
              JBOSS_HOME = "${finalPackage}";
              BITPOLL_BASE_DIR = "${cfg.dataDir}/standalone";
              BITPOLL_WAR = "${finalPackage}/standalone/deployments/ROOT.war";
              BITPOLL_MANAGEMENT = "127.0.0.1:${toString cfg.managementPort}";
              PATH = lib.makeBinPath manageTools;
            }
          )
          ++ lib.mapAttrsToList (_: s: lib.escapeShellArg "--property=LoadCredential=${s.credential}:${s.path}") givenSecrets
        )
      } \
      "''${extra[@]}" ${finalPackage}/libexec/bitpoll-manage "$@"
  '';
  ldapUrlsValid = lib.all (url: builtins.match "ldaps?://[^ ]+" url != null) (
    lib.filter (url: url != "") (lib.splitString " " cfg.ldap.url)
  );
in
{
  options.services.bitpoll = {
    enable = mkEnableOption "Bitpoll, the poll and scheduling application, on its own WildFly server";

    package = mkPackageOption pkgs "bitpoll" {
      extraDescription = ''
        A WildFly server tree configured by `wildfly-config/configure-server.cli`, with Bitpoll's
        `ROOT.war` in `standalone/deployments`, as built by this repository's flake (add its
        `overlays.default` to `nixpkgs.overlays`). It must accept `override { withLdap; withMailLogin; }`.
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

    dataDir = mkOption {
      type = types.path;
      default = "/var/lib/bitpoll";
      description = ''
        The service's state, owned by the `bitpoll` user (its home): WildFly's base directory
        `standalone/` with the configuration, the deployed WAR and `data/` (the H2 database, timers).
      '';
    };

    jvmOptions = mkOption {
      type = types.listOf types.str;
      default = [
        "-Xms96m"
        "-Xmx384m"
        "-XX:+UseSerialGC"
        "-XX:MaxMetaspaceSize=256m"
        "-XX:ReservedCodeCacheSize=240m"
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
          The database behind the `BitpollDS` datasource. `h2` is a file database under
          {option}`services.bitpoll.dataDir`, for small installations.
        '';
      };

      createLocally = mkOption {
        type = types.bool;
        default = false;
        description = ''
          Whether to create the PostgreSQL database and role on this machine (`services.postgresql`).
          Bitpoll then connects over the Unix socket with peer authentication: no password.
        '';
      };

      host = mkOption {
        type = types.str;
        default = "localhost";
        description = "Host of the PostgreSQL server (ignored with `createLocally` or `socket`).";
      };

      port = mkOption {
        type = types.port;
        default = 5432;
        description = "Port of the PostgreSQL server (with `createLocally`, the number in its socket's name).";
      };

      socket = mkOption {
        type = types.nullOr types.path;
        default = null;
        example = "/run/postgresql/.s.PGSQL.5432";
        description = ''
          Unix socket of a PostgreSQL server on this machine, instead of `host` and `port` (`createLocally`
          uses `/run/postgresql/.s.PGSQL.<port>`). The JDBC driver reaches it through junixsocket.
        '';
      };

      name = mkOption {
        type = types.str;
        default = "bitpoll";
        description = "Name of the PostgreSQL database.";
      };

      user = mkOption {
        type = types.str;
        default = "bitpoll";
        description = "PostgreSQL role (`BITPOLL_DB_USER`); with `createLocally` it must be `bitpoll`, the service's user.";
      };

      passwordFile =
        secretFileOption "database.passwordFile" "/run/secrets/bitpoll-db-password"
          "the PostgreSQL password (required without `createLocally`)";
    };

    ldap = {
      url = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "ldaps://ldap.example.org";
        description = ''
          The directory people log in with beside local accounts (`bitpoll.ldap.url`): `ldap://` or
          `ldaps://` addresses separated by spaces. `null` means local accounts only. Setting it applies
          `wildfly-config/ldap.cli` to the package the configuration is seeded from.
        '';
      };

      bindDn = mkOption {
        type = types.nullOr types.str;
        default = null;
        example = "cn=bitpoll,ou=services,dc=example,dc=org";
        description = "The service account Bitpoll searches the directory with (`bitpoll.ldap.bind-dn`).";
      };

      bindPasswordFile =
        secretFileOption "ldap.bindPasswordFile" "/run/secrets/bitpoll-ldap-password"
          "the service account's password";

      userBase = mkOption {
        type = types.str;
        default = "ou=people,dc=example,dc=org";
        description = "Where people are searched, with the subtree (`bitpoll.ldap.user-base`).";
      };

      userAttribute = mkOption {
        type = types.str;
        default = "uid";
        description = "The attribute holding the user name (`bitpoll.ldap.user-attribute`).";
      };

      userFilter = mkOption {
        type = types.str;
        default = "(&(objectClass=inetOrgPerson)(uid={0}))";
        description = "Filter finding a person; `{0}` is the user name (`bitpoll.ldap.user-filter`).";
      };

      groupBase = mkOption {
        type = types.str;
        default = "ou=groups,dc=example,dc=org";
        description = "Where groups are searched, with the subtree (`bitpoll.ldap.group-base`).";
      };

      groupFilter = mkOption {
        type = types.str;
        default = "(&(objectClass=groupOfNames)(member={1}))";
        description = "Filter finding a person's groups; `{1}` is the person's DN (`bitpoll.ldap.group-filter`).";
      };

      groupAttribute = mkOption {
        type = types.str;
        default = "cn";
        description = "The group attribute that names it, i.e. the role (`bitpoll.ldap.group-attribute`).";
      };

      adminGroup = mkOption {
        type = types.str;
        default = "bitpoll-admins";
        description = "Members of this group are site administrators (`bitpoll.ldap.admin-group`).";
      };

      groups = mkOption {
        type = types.listOf types.str;
        default = [ ];
        example = [ "staff" ];
        description = "Directory groups that appear in Bitpoll as read-only groups, their members taken from the directory at each login (`bitpoll.ldap.groups`).";
      };

      connectTimeout = mkOption {
        type = types.ints.positive;
        default = 3000;
        description = "Milliseconds to wait for a connection to the directory (`bitpoll.ldap.connect-timeout`).";
      };

      readTimeout = mkOption {
        type = types.ints.positive;
        default = 5000;
        description = "Milliseconds to wait for an answer of the directory (`bitpoll.ldap.read-timeout`).";
      };
    };

    mail = {
      host = mkOption {
        type = types.str;
        default = "localhost";
        description = "SMTP server for registration and password mails (`bitpoll.smtp.host`).";
      };

      port = mkOption {
        type = types.port;
        default = 25;
        description = "Its port (`bitpoll.smtp.port`): 465 with `ssl`, 587 with `starttls`.";
      };

      ssl = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to speak TLS from the start (`bitpoll.smtp.ssl`).";
      };

      starttls = mkOption {
        type = types.bool;
        default = false;
        description = "Whether to upgrade the connection with STARTTLS (`bitpoll.smtp.starttls`).";
      };

      from = mkOption {
        type = types.str;
        default = "bitpoll@localhost";
        example = "polls@example.org";
        description = "Sender address of Bitpoll's mails (`bitpoll.mail-from`).";
      };

      user = mkOption {
        type = types.nullOr types.str;
        default = null;
        description = ''
          SMTP login (`bitpoll.smtp.user`); `null` sends without one. Setting it applies
          `wildfly-config/mail-login.cli` to the package and needs {option}`services.bitpoll.mail.passwordFile`.
        '';
      };

      passwordFile =
        secretFileOption "mail.passwordFile" "/run/secrets/bitpoll-smtp-password"
          "the SMTP password";
    };

    settings = mkOption {
      type = types.submodule {
        freeformType = types.attrsOf (
          types.oneOf [
            types.str
            types.int
            types.bool
          ]
        );

        options = {
          siteName = mkOption {
            type = types.str;
            default = "Bitpoll";
            description = "Name shown in page titles and the header (`bitpoll.site-name`).";
          };

          baseUrl = mkOption {
            type = types.str;
            default = "http://localhost:${toString cfg.port}";
            defaultText = literalExpression ''"http://localhost:''${toString config.services.bitpoll.port}"'';
            example = "https://polls.example.org";
            description = "Address people reach the site at, used in links and mails (`bitpoll.base-url`).";
          };

          publicPolls = mkOption {
            type = types.bool;
            default = true;
            description = "Whether the start page lists public polls (`bitpoll.public-polls`).";
          };

          randomSlugs = mkOption {
            type = types.bool;
            default = false;
            description = ''Whether the create form starts with "random URL name" ticked (`bitpoll.random-slugs`).'';
          };

          registration = mkOption {
            type = types.bool;
            default = true;
            description = "Whether people may register local accounts (`bitpoll.registration`).";
          };

          groupManagement = mkOption {
            type = types.bool;
            default = true;
            description = "Whether people create and run groups that own polls together (`bitpoll.group-management`).";
          };

          pollCreationRequiresLogin = mkOption {
            type = types.bool;
            default = false;
            description = "Whether only logged-in people may create polls (`bitpoll.poll-creation-requires-login`).";
          };

          defaultTimezone = mkOption {
            type = types.str;
            default = "Europe/Berlin";
            example = "UTC";
            description = "Time zone of new polls (`bitpoll.default-timezone`).";
          };

          imprintUrl = mkOption {
            type = types.str;
            default = "";
            example = "https://www.example.org/impressum";
            description = "Address of the operator's imprint elsewhere; `/imprint/` redirects there (`bitpoll.imprint-url`).";
          };

          imprintText = mkOption {
            type = types.str;
            default = "";
            description = "The imprint itself, in Markdown or simple HTML, when `imprintUrl` is empty (`bitpoll.imprint-text`).";
          };

          privacyUrl = mkOption {
            type = types.str;
            default = "";
            description = "Address of the operator's privacy policy elsewhere (`bitpoll.privacy-url`).";
          };

          privacyText = mkOption {
            type = types.str;
            default = "";
            description = "The privacy policy itself, when `privacyUrl` is empty (`bitpoll.privacy-text`).";
          };

          contactEmail = mkOption {
            type = types.str;
            default = "";
            example = "polls@example.org";
            description = "Mail address for reports of problems, named on `/problems/` (`bitpoll.contact-email`).";
          };

          retentionDays = mkOption {
            type = types.ints.unsigned;
            default = 180;
            example = 365;
            description = ''
              A poll whose last option and due date are older than this many days is deleted with its votes and
              comments (`bitpoll.retention-days`); `0` keeps polls for ever.
            '';
          };

          retentionWarningDays = mkOption {
            type = types.ints.unsigned;
            default = 14;
            description = ''
              The owner of a poll gets a mail this many days before it is deleted
              (`bitpoll.retention-warning-days`); less than {option}`services.bitpoll.settings.retentionDays`.
            '';
          };

          cleanupSchedule = mkOption {
            type = types.str;
            default = "hour=3 minute=15";
            example = "dayOfWeek=Sun hour=4 minute=0";
            description = ''
              When the daily clean-up (expired links and sessions, retention) runs (`bitpoll.cleanup-schedule`):
              EJB calendar attributes (`second`, `minute`, `hour`, `dayOfMonth`, `month`, `dayOfWeek`) as
              `key=value` pairs separated by spaces, in the server's time zone.
            '';
          };

          mailRetrySchedule = mkOption {
            type = types.str;
            default = "minute=* hour=*";
            example = "minute=*/5 hour=*";
            description = ''
              When the mail outbox tries again the mails the mail server did not take, such as a watched poll's
              new-vote mails (`bitpoll.mail-retry-schedule`): EJB calendar attributes as for
              {option}`services.bitpoll.settings.cleanupSchedule`; every minute by default.
            '';
          };

          reminderDaysBefore = mkOption {
            type = types.ints.unsigned;
            default = 1;
            example = 2;
            description = ''
              Invitees of a poll who have not voted get one reminder this many days before its due date, unless the
              poll's managers chose otherwise (`bitpoll.reminder-days-before`); `0`: no automatic reminder.
            '';
          };

          reminderSchedule = mkOption {
            type = types.str;
            default = "minute=*/15 hour=*";
            example = "minute=0 hour=*";
            description = ''
              When the automatic reminders are sent (`bitpoll.reminder-schedule`): EJB calendar attributes, as for
              {option}`services.bitpoll.settings.cleanupSchedule`.
            '';
          };

          trustedProxy = mkOption {
            type = types.listOf types.str;
            default = [ ];
            example = [ "127.0.0.1" ];
            description = ''
              IP addresses of the reverse proxy in front of Bitpoll, as the server sees its connections
              (`bitpoll.trusted-proxy`). Only from these peers are the `X-Forwarded-For`, `-Proto`, `-Host` and
              `-Port` headers honoured, so that rate limits count the real clients and cookies are Secure behind
              HTTPS. nginx on the same machine, proxying to `127.0.0.1`, is `[ "127.0.0.1" ]`; an IPv6 address is
              written out as Java prints it (`"0:0:0:0:0:0:0:1"`). Empty: no proxy, the headers are ignored.
            '';
          };

          sessionTimeout = mkOption {
            type = types.ints.positive;
            default = 60;
            description = "Minutes of idle time after which a session, and a login with it, ends (`BITPOLL_SESSION_TIMEOUT`).";
          };
        };
      };
      default = { };
      example = literalExpression ''
        {
          siteName = "Team polls";
          baseUrl = "https://polls.example.org";
          trustedProxy = [ "127.0.0.1" ];
          retentionDays = 365;
          "bitpoll.votes-per-client-per-minute" = 60;
        }
      '';
      description = ''
        Bitpoll's settings. The typed ones reach the server as `BITPOLL_*` environment variables, which
        `configure-server.cli` turns into the `bitpoll.*` system properties the application reads. Any
        other key is a system property, written into the server's properties file. Nothing here is secret:
        values are visible in the unit and the store.
      '';
    };
  };

  config = mkIf cfg.enable {
    assertions = [
      {
        assertion = cfg.database.createLocally -> cfg.database.type == "postgresql";
        message = ''services.bitpoll.database.createLocally needs services.bitpoll.database.type = "postgresql".'';
      }
      {
        assertion =
          cfg.database.type == "postgresql" && !cfg.database.createLocally -> cfg.database.passwordFile != null;
        message = ''
          services.bitpoll.database.type = "postgresql" needs services.bitpoll.database.passwordFile (or
          services.bitpoll.database.createLocally = true, which uses peer authentication): the absolute path
          (a string) of a root-readable file holding only the password, e.g.
            services.bitpoll.database.passwordFile = "/run/secrets/bitpoll-db-password";
        '';
      }
      {
        assertion =
          cfg.database.createLocally -> cfg.database.user == "bitpoll" && cfg.database.name == cfg.database.user;
        message = ''
          services.bitpoll.database.createLocally uses peer authentication, so services.bitpoll.database.user
          must be "bitpoll" (the service's user) and services.bitpoll.database.name the same (ensureDBOwnership);
          they are "${cfg.database.user}" and "${cfg.database.name}".
        '';
      }
      {
        assertion = ldapEnabled -> ldapUrlsValid;
        message = ''
          services.bitpoll.ldap.url = "${toString cfg.ldap.url}" needs a scheme: ldap://host:389 or
          ldaps://host:636 (several separated by spaces).
        '';
      }
      {
        assertion = ldapEnabled -> cfg.ldap.bindDn != null;
        message = "services.bitpoll.ldap.url is set, so services.bitpoll.ldap.bindDn (the service account) is needed.";
      }
      {
        assertion = ldapEnabled -> cfg.ldap.bindPasswordFile != null;
        message = ''
          services.bitpoll.ldap.url is set, so services.bitpoll.ldap.bindPasswordFile is needed: the absolute path
          (a string) of a root-readable file holding only the bind password, e.g. "/run/secrets/bitpoll-ldap-password".
        '';
      }
      {
        assertion = (cfg.mail.user != null) == (cfg.mail.passwordFile != null);
        message = ''
          services.bitpoll.mail.user and services.bitpoll.mail.passwordFile go together: set both for a mail
          server that wants a login, neither for one that does not.
        '';
      }
      {
        assertion = !(cfg.mail.ssl && cfg.mail.starttls);
        message = "services.bitpoll.mail.ssl and services.bitpoll.mail.starttls exclude each other: set one.";
      }
      {
        assertion =
          cfg.settings.retentionDays > 0 -> cfg.settings.retentionWarningDays < cfg.settings.retentionDays;
        message = ''
          services.bitpoll.settings.retentionWarningDays = ${toString cfg.settings.retentionWarningDays} must be less than
          services.bitpoll.settings.retentionDays = ${toString cfg.settings.retentionDays}: the owner is warned before
          the poll is deleted (retentionDays = 0 turns retention off).
        '';
      }
      {
        assertion = badProxies == [ ];
        message = lib.concatMapStringsSep "\n" (
          address: ''services.bitpoll.settings.trustedProxy: "${address}" is no IP address (a host name is not resolved; give the address the proxy connects from, such as "127.0.0.1").''
        ) badProxies;
      }
      {
        assertion = badSchedulePairs == [ ];
        message = lib.concatMapStringsSep "\n" (
          pair: ''services.bitpoll.settings.cleanupSchedule: "${pair}" is no key=value pair with a key of ${lib.concatStringsSep ", " scheduleKeys} (such as "hour=3 minute=15").''
        ) badSchedulePairs;
      }
      {
        assertion = badRetryPairs == [ ];
        message = lib.concatMapStringsSep "\n" (
          pair: ''services.bitpoll.settings.mailRetrySchedule: "${pair}" is no key=value pair with a key of ${lib.concatStringsSep ", " scheduleKeys} (such as "minute=* hour=*").''
        ) badRetryPairs;
      }
      {
        assertion = badReminderSchedulePairs == [ ];
        message = lib.concatMapStringsSep "\n" (
          pair: ''services.bitpoll.settings.reminderSchedule: "${pair}" is no key=value pair with a key of ${lib.concatStringsSep ", " scheduleKeys} (such as "minute=*/15 hour=*").''
        ) badReminderSchedulePairs;
      }
      {
        assertion = clashingProperties == [ ];
        message = lib.concatMapStringsSep "\n" (
          name: ''services.bitpoll.settings."${name}" is set by the module itself: use its option instead.''
        ) clashingProperties;
      }
      {
        assertion = typedAsFreeform == [ ];
        message = lib.concatMapStringsSep "\n" (
          name: ''services.bitpoll.settings."${name}" is a typed setting: use services.bitpoll.settings.${typedPropertyNames.${name}}.''
        ) typedAsFreeform;
      }
      {
        assertion = badPropertyNames == [ ];
        message = lib.concatMapStringsSep "\n" (
          name: ''services.bitpoll.settings."${name}" is no system property name (letters, digits, ".", "_", "-").''
        ) badPropertyNames;
      }
    ]
    ++ lib.concatLists (
      lib.mapAttrsToList (option: s: [
        {
          assertion = lib.hasPrefix "/" s.path;
          message = ''
            services.bitpoll.${option} = "${s.path}" is not an absolute path: LoadCredential needs one,
            e.g. "/run/secrets/bitpoll".
          '';
        }
        {
          assertion = !lib.hasPrefix "${builtins.storeDir}/" s.path;
          message = ''
            services.bitpoll.${option} = "${s.path}" is in the Nix store, which every local user can read.
            Keep the secret in a file outside the store (e.g. under /run/secrets) and change it: it has been exposed.
          '';
        }
      ]) givenSecrets
    );

    users.users.bitpoll = {
      isSystemUser = true;
      group = "bitpoll";
      home = cfg.dataDir;
      description = "Bitpoll service";
    };
    users.groups.bitpoll = { };

    systemd.tmpfiles.rules = [ "d '${cfg.dataDir}' 0700 bitpoll bitpoll - -" ];

    services.postgresql = mkIf cfg.database.createLocally {
      enable = true;
      ensureDatabases = [ cfg.database.name ];
      ensureUsers = [
        {
          name = cfg.database.user;
          ensureDBOwnership = true;
        }
      ];
    };

    networking.firewall.allowedTCPPorts = mkIf cfg.openFirewall [ cfg.port ];

    environment.systemPackages = [ manageCommand ];

    systemd.services.bitpoll = {
      description = "Bitpoll on WildFly";
      wantedBy = [ "multi-user.target" ];
      after = [ "network.target" ] ++ lib.optional cfg.database.createLocally "postgresql.target";
      requires = lib.optional cfg.database.createLocally "postgresql.target";
      path = [
        pkgs.coreutils
        pkgs.findutils
        pkgs.gawk
        pkgs.gnugrep
      ];

      environment = {
        JBOSS_HOME = "${finalPackage}";
        BITPOLL_DATA_DIR = cfg.dataDir;
        JAVA_OPTS = lib.concatMapStringsSep " " lib.escapeShellArg javaOptions;
        # The JVM decodes the environment (the typed settings) in the locale's charset.
        LANG = "C.UTF-8";
        BITPOLL_CREDENTIALS = lib.concatStringsSep " " (
          lib.mapAttrsToList (_: s: "${s.property}=${s.credential}") givenSecrets
        );
      }
      // databaseEnvironment
      // lib.mapAttrs' (
        name: variable: lib.nameValuePair variable (settingValue cfg.settings.${name})
      ) typedSettings;

      preStart = "${serviceScript} seed";
      script = "exec ${serviceScript} start <<'EOF'\n${propertiesText}\nEOF\n";

      serviceConfig = {
        User = "bitpoll";
        Group = "bitpoll";
        WorkingDirectory = cfg.dataDir;
        ReadWritePaths = [ cfg.dataDir ];
        RuntimeDirectory = "bitpoll";
        RuntimeDirectoryMode = "0700";
        LogsDirectory = "bitpoll";
        LogsDirectoryMode = "0700";
        CacheDirectory = "bitpoll";
        CacheDirectoryMode = "0700";
        LoadCredential = lib.mapAttrsToList (_: s: "${s.credential}:${s.path}") givenSecrets;

        Restart = "on-failure";
        RestartSec = "10s";
        # A JVM stopped by SIGTERM exits with 128 + 15 after its graceful shutdown.
        SuccessExitStatus = [ "143" ];
        TimeoutStartSec = "5min";
        TimeoutStopSec = "90s";

        CapabilityBoundingSet = if privilegedPort then [ "CAP_NET_BIND_SERVICE" ] else [ "" ];
        AmbientCapabilities = lib.optional privilegedPort "CAP_NET_BIND_SERVICE";
        PrivateUsers = !privilegedPort;

        SystemCallFilter = [
          "@system-service"
          "~@privileged"
        ];
        SystemCallArchitectures = "native";
        SystemCallErrorNumber = "EPERM";
        RestrictAddressFamilies = [
          "AF_INET"
          "AF_INET6"
          "AF_UNIX"
        ];
        RestrictNamespaces = true;
        MemoryDenyWriteExecute = false; # JIT
        LockPersonality = true;
        NoNewPrivileges = true;
        RestrictRealtime = true;
        RestrictSUIDSGID = true;
        RemoveIPC = true;
        UMask = "0077";

        ProtectSystem = "strict";
        ProtectHome = true;
        PrivateTmp = true;
        PrivateDevices = true;
        DevicePolicy = "closed";
        ProtectKernelTunables = true;
        ProtectKernelModules = true;
        ProtectKernelLogs = true;
        ProtectControlGroups = true;
        ProtectHostname = true;
        ProtectClock = true;
        ProtectProc = "invisible";
        ProcSubset = "all"; # the JVM's operating system metrics read /proc/stat and /proc/loadavg
      };
    };
  };

  meta = {
    doc = ./README.md;
    maintainers = [ ];
  };
}
