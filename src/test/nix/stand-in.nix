# A small hand-written stand-in for the parts of nixpkgs' lib and of the NixOS module system that
# deploy/module.nix uses, so that check-deploy.sh can evaluate the module without nixpkgs (no registry serves it
# here). It declares the options, checks each definition against its type (naming the option when it does not
# fit), applies defaults and `apply`, resolves mkIf, evaluates the assertions, and renders the unit the way
# NixOS's systemd module would (preStart and script become executable scripts beside the unit).
#
#   nix-instantiate --store dummy:// --eval --strict --json src/test/nix/stand-in.nix \
#     --argstr package /path/to/server --arg settings '{ enable = true; ... }'
# prints { users, groups, tmpfiles, postgresql, firewall, service, unit, scripts, manage }.
{
  # the services.bitpoll definitions under test
  settings,
  # what pkgs.bitpoll stands for (the read-only server copy)
  package,
  module ? ../../../deploy/module.nix,
}:

let
  inherit (builtins)
    all
    attrNames
    concatLists
    concatStringsSep
    elem
    filter
    isAttrs
    isBool
    isInt
    isList
    isString
    listToAttrs
    mapAttrs
    replaceStrings
    ;

  lib = rec {
    inherit
      all
      attrNames
      concatLists
      concatStringsSep
      elem
      filter
      replaceStrings
      ;
    isBool = builtins.isBool;
    isList = builtins.isList;
    makeBinPath = packages: concatStringsSep ":" (map (p: "${p}/bin") packages);
    boolToString = b: if b then "true" else "false";
    toLower = replaceStrings (lib.stringToCharacters "ABCDEFGHIJKLMNOPQRSTUVWXYZ") (
      lib.stringToCharacters "abcdefghijklmnopqrstuvwxyz"
    );
    stringToCharacters = s: builtins.genList (i: builtins.substring i 1 s) (builtins.stringLength s);
    hasPrefix = prefix: s: builtins.substring 0 (builtins.stringLength prefix) s == prefix;
    optional = cond: x: if cond then [ x ] else [ ];
    optionalAttrs = cond: set: if cond then set else { };
    optionalString = cond: s: if cond then s else "";
    nameValuePair = name: value: { inherit name value; };
    mapAttrsToList = f: set: map (name: f name set.${name}) (attrNames set);
    "mapAttrs'" = f: set: listToAttrs (mapAttrsToList f set);
    filterAttrs =
      pred: set:
      listToAttrs (
        filter (nv: pred nv.name nv.value) (mapAttrsToList nameValuePair set)
      );
    concatMapStringsSep = sep: f: list: concatStringsSep sep (map f list);
    splitString = sep: s: filter isString (builtins.split (escapeRegex sep) s);
    escapeRegex = replaceStrings [ " " "." "*" "+" "?" "(" ")" "[" "]" "{" "}" "|" "^" "$" "\\" ] [
      "[ ]"
      "[.]"
      "[*]"
      "[+]"
      "[?]"
      "[(]"
      "[)]"
      "\\["
      "\\]"
      "[{]"
      "[}]"
      "[|]"
      "\\^"
      "[$]"
      "\\\\"
    ];
    escapeShellArg = s: "'${replaceStrings [ "'" ] [ "'\\''" ] (toString s)}'";
    literalExpression = text: {
      _type = "literalExpression";
      inherit text;
    };
    mkIf = condition: content: {
      _type = "if";
      inherit condition content;
    };
    mkOption = attrs: attrs // { _type = "option"; };
    mkEnableOption = name: mkOption {
      type = types.bool;
      default = false;
      description = "Whether to enable ${name}.";
    };
    mkPackageOption = pkgs: name: _: mkOption {
      type = types.package;
      default = pkgs.${name};
    };

    types = rec {
      mk = description: check: { inherit description check; };
      str = mk "string" isString;
      bool = mk "boolean" isBool;
      int = mk "signed integer" isInt;
      package = mk "package" (v: isAttrs v && v ? outPath);
      path = mk "path" (v: builtins.isPath v || (isString v && hasPrefix "/" v));
      port = mk "16 bit unsigned integer; between 0 and 65535 (both inclusive)" (
        v: isInt v && v >= 0 && v <= 65535
      );
      ints.positive = mk "positive integer, meaning >0" (v: isInt v && v > 0);
      ints.unsigned = mk "unsigned integer, meaning >=0" (v: isInt v && v >= 0);
      enum = values: mk "one of ${concatStringsSep ", " (map (v: ''"${v}"'') values)}" (v: elem v values);
      nullOr = t: mk "null or ${t.description}" (v: v == null || t.check v);
      either = a: b: mk "${a.description} or ${b.description}" (v: a.check v || b.check v);
      oneOf = ts: mk (concatStringsSep " or " (map (t: t.description) ts)) (v: builtins.any (t: t.check v) ts);
      listOf = t: (mk "list of ${t.description}" (v: isList v && all t.check v)) // { elemType = t; };
      attrsOf =
        t: (mk "attribute set of ${t.description}" (v: isAttrs v && all t.check (builtins.attrValues v))) // { elemType = t; };
      submodule = m: {
        description = "submodule";
        check = isAttrs;
        submodule = m;
      };
    };
  };

  # A definition of the wrong type fails like NixOS does: naming the option and the type it wants.
  describe =
    v:
    if isString v then
      ''the string "${v}"''
    else if builtins.isPath v then
      "the path ${toString v}"
    else if isBool v then
      "the boolean ${lib.boolToString v}"
    else if isInt v then
      "the integer ${toString v}"
    else
      "a ${builtins.typeOf v}";

  evalOption =
    loc: decl: defined: value:
    let
      name = concatStringsSep "." loc;
      checked =
        if decl.type ? submodule then
          evalSubmodule loc decl.type.submodule value
        else if decl.type.check value then
          value
        else
          throw "The option `${name}' has a value of the wrong type: it is ${describe value}, but it must be ${decl.type.description}.";
      result = if defined then checked else if decl ? default then (if decl.type ? submodule then evalSubmodule loc decl.type.submodule decl.default else decl.default) else throw "The option `${name}' is used but not defined.";
    in
    if decl ? apply then decl.apply result else result;

  evalOptions =
    loc: decls: defs:
    let
      unknown = filter (n: !(decls ? ${n})) (attrNames defs);
    in
    if unknown != [ ] then
      throw "The option `${concatStringsSep "." (loc ++ [ (builtins.head unknown) ])}' does not exist."
    else
      mapAttrs (
        n: decl:
        if decl._type or null == "option" then
          evalOption (loc ++ [ n ]) decl (defs ? ${n}) (defs.${n} or null)
        else
          evalOptions (loc ++ [ n ]) decl (defs.${n} or { })
      ) decls;

  evalSubmodule =
    loc: m: defs:
    let
      free = removeAttrs defs (attrNames m.options);
      checkedFree = mapAttrs (
        n: v:
        if m.freeformType.elemType.check v then
          v
        else
          throw "The option `${concatStringsSep "." (loc ++ [ n ])}' has a value of the wrong type: it is ${describe v}, but it must be ${m.freeformType.elemType.description}."
      ) free;
    in
    evalOptions loc m.options (removeAttrs defs (attrNames free)) // checkedFree;

  pkgs = {
    bash = "/usr";
    systemd = "/usr";
    writeShellScriptBin = name: text: {
      outPath = builtins.toFile name text;
      inherit name text;
    };
    coreutils = "/usr";
    findutils = "/usr";
    gawk = "/usr";
    gnugrep = "/usr";
    unzip = "/usr";
    postgresql = "/usr/lib/postgresql/default";
    bitpoll = {
      outPath = package;
      jdk = "/usr/lib/jvm/default-java";
      override =
        { withLdap, withMailLogin }:
        {
          outPath = "${package}-variant${if withLdap then "-ldap" else ""}${if withMailLogin then "-mail-login" else ""}";
          jdk = "/usr/lib/jvm/default-java";
        };
    };
  };

  config = {
    services.bitpoll = evalOptions [ "services" "bitpoll" ] evaluated.options.services.bitpoll settings;
    # the option of NixOS's postgresql module the module reads (pg_dump of the local server's version)
    services.postgresql.package = "/usr/lib/postgresql/local";
  };

  evaluated = import module {
    inherit config lib pkgs;
  };

  # mkIf, resolved: a false condition removes the attribute.
  resolve =
    v:
    if isAttrs v && v._type or null == "if" then
      (if v.condition then resolve v.content else { _absent = true; })
    else if isAttrs v && !(v ? outPath) then
      listToAttrs (
        filter (nv: !(isAttrs nv.value && nv.value ? _absent)) (
          lib.mapAttrsToList (n: x: lib.nameValuePair n (resolve x)) v
        )
      )
    else
      v;

  result = resolve evaluated.config;
  failedAssertions = map (a: a.message) (filter (a: !a.assertion) (result.assertions or [ ]));

  service = result.systemd.services.bitpoll;
  serviceValue =
    v:
    if isBool v then
      (if v then "true" else "false")
    else if isList v then
      concatStringsSep " " (map toString v)
    else
      toString v;

  # What NixOS's systemd module makes of preStart, script, environment and path.
  scriptDir = "@SCRIPTS@";
  environment = service.environment // {
    PATH = concatStringsSep ":" (map (p: "${p}/bin") service.path);
  };
  unit = ''
    [Unit]
    Description=${service.description}
    After=${concatStringsSep " " service.after}
    ${lib.optionalString (service.requires != [ ]) "Requires=${concatStringsSep " " service.requires}"}

    [Service]
    ${concatStringsSep "\n" (
      lib.mapAttrsToList (n: v: ''Environment="${n}=${replaceStrings [ "\\" "\"" "%" ] [ "\\\\" "\\\"" "%%" ] v}"'') environment
    )}
    ExecStartPre=${scriptDir}/bitpoll-pre-start
    ExecStart=${scriptDir}/bitpoll-start
    ${concatStringsSep "\n" (
      concatLists (
        lib.mapAttrsToList (
          n: v:
          if isList v then
            (if v == [ ] then [ ] else map (x: "${n}=${toString x}") v)
          else
            [ "${n}=${serviceValue v}" ]
        ) service.serviceConfig
      )
    )}

    [Install]
    WantedBy=${concatStringsSep " " service.wantedBy}
  '';
in
if failedAssertions != [ ] then
  throw "Failed assertions:\n- ${concatStringsSep "\n- " failedAssertions}"
else
  {
    users = result.users.users;
    groups = attrNames result.users.groups;
    tmpfiles = result.systemd.tmpfiles.rules;
    postgresql = result.services.postgresql or null;
    firewall = result.networking.firewall.allowedTCPPorts or [ ];
    inherit service unit;
    manage = (builtins.head result.environment.systemPackages).text;
    scripts = {
      bitpoll-pre-start = "#!/usr/bin/bash -e\n${service.preStart}\n";
      bitpoll-start = "#!/usr/bin/bash -e\n${service.script}\n";
    };
  }
