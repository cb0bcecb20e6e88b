// The English catalogue: one template per message key.

extension MessageKey {
    /// The English template.
    var english: String {
        switch self {
        case .errorPrefix: return "error: "
        case .warningPrefix: return "warning: "
        case .hintPrefix: return "hint: "
        case .didYouMean: return "did you mean '{name}'?"
        case .didYouMeanOneOf: return "did you mean one of {names}?"
        case .registryUnchanged: return "The registry was left as it was."
        case .unknownLanguage: return "unknown language '{value}' (expected en or id)"
        case .verbatim: return "{text}"
        case .notePrefix: return "note: "
        case .withSuggestion: return "{message}; did you mean '{name}'?"
        case .withSuggestions: return "{message}; did you mean one of {names}?"

        case .helpOverview: return "OVERVIEW: "
        case .helpUsage: return "USAGE: "
        case .helpArguments: return "ARGUMENTS:"
        case .helpOptions: return "OPTIONS:"
        case .helpSubcommands: return "SUBCOMMANDS:"
        case .helpExamples: return "EXAMPLES:"
        case .helpHelpOption: return "Show help information."
        case .helpVersionOption: return "Show the version."
        case .helpLanguageOption:
            return "The language of messages and help: en or id (default: SINERGI_LANG, then LANG)."
        case .helpSeeSubcommandHelp: return "See '{program} help <subcommand>' for detailed help."
        case .helpSubcommandPlaceholder: return "<subcommand>"
        case .usageLine: return "Usage: {usage}"
        case .usageSeeHelp: return "See '{command} --help' for more information."
        case .usageSeeRootHelp: return "See 'sinergi --help' for the list of subcommands."
        case .usageUnknownOption: return "unknown option '{name}'"
        case .usageUnknownSubcommand: return "unknown subcommand '{name}'"
        case .usageFlagTakesNoValue: return "option '--{name}' takes no value"
        case .usageMissingValue: return "missing value for '{name}'"
        case .usageGivenTwice: return "option '--{name}' given more than once"
        case .usageMissingOption: return "missing option '--{name} <{value}>'"
        case .usageMissingArgument: return "missing argument '<{name}>'"
        case .usageUnexpectedArgument: return "unexpected argument '{value}'"
        case .usageWholeNumber: return "option '--{name}' needs a whole number, not '{value}'"
        case .usageAtLeast: return "option '--{name}' must be at least {minimum}, not {value}"
        case .usageNumberInRange: return "option '--{name}' needs a number from {low} to {high}, not '{value}'"
        case .usagePositiveNumber: return "option '--{name}' needs a positive number, not '{value}'"
        case .usageOneOf: return "option '--{name}' must be one of: {choices}, not '{value}'"
        case .usageNeedsAValue: return "option '--{name}' needs at least one {what}"
        case .usageGoesWith: return "{option} goes with {other}"
        case .usageGoesWithOneOf: return "{option} applies to {others}"
        case .usageNotBoth: return "give {one} or {other}, not both"
        case .usageChooseOne: return "choose one of {options}"
        case .cannotReadFile: return "{file}: cannot read the file"
        case .cannotWriteFile: return "{file}: cannot write the file"
        case .cannotCreateFolder: return "{folder}: cannot create the folder"
        case .version: return "sinergi {version}"
        case .valueRegistry: return "registry"
        case .valueFile: return "file"
        case .valueFolder: return "folder"
        case .valuePath: return "path"
        case .valueFormat: return "format"
        case .valueStatement: return "statement"
        case .valueStatements: return "statements"
        case .valueKey: return "key"
        case .valueNumber: return "n"
        case .valueName: return "name"
        case .valueLevel: return "level"
        case .valueText: return "text"
        case .valuePolicy: return "policy"
        case .valueScale: return "scale"
        case .valueMeasure: return "measure"
        case .valueLabel: return "label"
        case .valueTypes: return "types"
        case .valueDirection: return "direction"
        case .valueGrouping: return "grouping"
        case .valueKind: return "kind"
        case .valueModel: return "model"
        case .valueProbability: return "p"
        case .valueSeconds: return "seconds"
        case .valueParameter: return "name=value"
        case .valueProgram: return "program"
        case .valueProperty: return "property"
        case .valueLanguage: return "language"
        case .valueCSV: return "csv"
        case .optionRegistry: return "The registry file (JSON lines, see docs/registry-format.md)."
        case .optionFormat: return "Output format: {formats} (default: {default})."

        case .rootAbstract:
            return "Sinergi — the stakeholder network and partnership registry of the TPBIS library programme."
        case .rootDiscussion:
            return """
                Records stakeholders and partnerships as a property graph, answers questions in a query
                language based on openCypher, finds reach, gaps and replication spread, and draws diagrams.
                """

        case .statsAbstract: return "Count the nodes and relationships of a registry, by label and by type."
        case .statsNodes: return "nodes"
        case .statsRelationships: return "relationships"
        case .statsJournal: return "journal"
        case .statsJournalTransactions: return "{n} {n|transaction|transactions} after the snapshot"
        case .statsLabels: return "labels"
        case .statsTypes: return "relationship types"
        case .statsIndexes: return "indexes"
        case .statsIndex: return "{name} on :{label}({property})"

        case .compactAbstract: return "Fold the journal of committed transactions into a fresh snapshot, atomically."
        case .compactDiscussion:
            return """
                The new file is written beside the registry, synced to disk and renamed over it, so a reader
                sees either the old file or the new one. A compacted registry holds only APOC-shaped node and
                relationship lines.
                """
        case .compactDone:
            return
                "compacted {path}: {transactions} {transactions|transaction|transactions} folded, {nodes} nodes, "
                + "{relationships} relationships, {before} → {after} bytes"

        case .queryAbstract: return "Run statements in the query language based on openCypher against a registry."
        case .queryDiscussion:
            return """
                The statements come from the argument, from --file, or from standard input; separate several
                with ';'. Rows go to standard output (or to --output, in the format its extension names);
                row counts, timings and changes to standard error. A statement that changes the registry is
                committed as one transaction; a statement that fails leaves the registry exactly as it was,
                and its error names its line (in the file, with --file). With --single-transaction the whole
                script is one transaction: every statement is applied, or none is. The exit code is 1 when
                any statement failed.
                A label, relationship type or property the registry has never seen gets a warning on standard
                error with the nearest known name and a caret under it (also with --quiet); a write that would
                add a new name one typo away from a known one is refused unless --allow names it.
                CREATE INDEX [name] [IF NOT EXISTS] FOR (n:Label) ON (n.property) declares an index that the
                registry keeps and MATCH uses for equality look-ups; DROP INDEX name and SHOW INDEXES manage them.
                See docs/query-language.md.
                """
        case .queryHelpStatements: return "The statements to run."
        case .queryHelpFile: return "Read the statements from a file."
        case .queryHelpParam: return "A parameter, the value in literal syntax: -p name='Kepri' -p hops=3."
        case .queryHelpBail: return "Stop at the first statement that fails."
        case .queryHelpCreate: return "Let a writing statement create the registry when it does not exist."
        case .queryHelpSingleTransaction:
            return "Apply the whole script as one transaction: all statements, or none when one fails."
        case .queryHelpQuiet: return "Print no row counts, timings or changes on standard error."
        case .queryHelpMaxRows: return "Stop a statement whose operators hold more rows (default: 10000000)."
        case .queryHelpTimeout: return "Stop a statement that runs longer (default: none)."
        case .queryArgumentAndFile: return "give the statements as an argument or with --file, not both"
        case .queryNoStatement: return "no statement to run"
        case .queryRegistryKeptChanging: return "the registry kept changing under this statement; try again"
        case .queryParameterShape:
            return "parameter '{text}' must be name=value (the value as a literal, e.g. 'Kepri' or 3)"
        case .queryParameterNoName: return "parameter '{text}' has no name"
        case .queryParameterNotALiteral: return "parameter '{name}': '{literal}' is not a literal: {reason}"
        case .queryParameterNotOneValue: return "parameter '{name}': '{literal}' is not a single value"
        case .queryRows: return "{n} {n|row|rows}"
        case .queryNodesCreated: return "{n} {n|node|nodes} created"
        case .queryNodesDeleted: return "{n} {n|node|nodes} deleted"
        case .queryRelationshipsCreated: return "{n} {n|relationship|relationships} created"
        case .queryRelationshipsDeleted: return "{n} {n|relationship|relationships} deleted"
        case .queryPropertiesSet: return "{n} {n|property|properties} set"
        case .queryPropertiesRemoved: return "{n} {n|property|properties} removed"
        case .queryLabelsAdded: return "{n} {n|label|labels} added"
        case .queryLabelsRemoved: return "{n} {n|label|labels} removed"
        case .queryIndexesAdded: return "{n} {n|index|indexes} added"
        case .queryIndexesRemoved: return "{n} {n|index|indexes} removed"
        case .queryCommitted: return "committed as transaction {transaction}"
        case .queryMilliseconds: return "({ms} ms)"
        case .queryErrorLine: return "{message} ({code})"
        case .queryErrorAtPlace: return "at line {line}, column {column}"
        case .queryErrorAtFilePlace: return "at line {line}, column {column} of {file} (statement {number})"
        case .queryErrorInStatement: return "in statement {number} of {file}, which starts on line {line}"
        case .queryScriptNotApplied:
            return "statement {number} (line {line}) failed, so no statement of the script was applied"
        case .queryWroteFile: return "wrote {file}"
        case .optionFormatOrExtension:
            return "Output format: {formats} (default: from the --output file's extension, else {default})."
        case .optionOutputRows: return "Write the rows to this file instead of standard output."
        case .optionOutputReport:
            return "Write the report to this file instead of standard output (the format from its extension)."
        case .usageFormatFromExtension:
            return
                "cannot tell the format from the name '{file}'; give --format ({formats})"

        case .shellAbstract: return "Open an interactive prompt on a registry: statements end with ';'."
        case .shellDiscussion:
            return """
                Statements may span lines and end with ';'. Commands start with ':' —
                  :help                 this list
                  :param name => value  set a parameter (value in literal syntax)
                  :params               list the parameters
                  :format F             table, csv, tsv, json, jsonl or markdown
                  :schema               the labels, relationship types and properties, with counts
                  :quit                 leave (also Ctrl-D, or the end of input)
                At a terminal: Left/Right, Home/End (Ctrl-A/Ctrl-E), Backspace/Delete, Ctrl-K, Ctrl-U, Ctrl-W
                edit the line; Up/Down recall earlier statements, also of earlier sessions (~/.sinergi_history,
                or --history); Ctrl-R searches them; Ctrl-L clears the screen; Ctrl-C drops the line being
                typed or cancels the running statement, and the shell carries on.
                When standard input is not a terminal there is no prompt and no banner, and a last statement
                without ';' still runs.
                """
        case .shellHelpHistory: return "Keep the statement history in this file."
        case .shellBanner:
            return
                "sinergi {version} shell on {path}: {nodes} nodes, {relationships} relationships. "
                + ":help for help, :quit to leave."
        case .shellCommandList:
            return """
                :help                 show this list
                :param name => value  set a parameter, e.g. :param province => 'Kepulauan Riau'
                :params               list the parameters
                :format F             output format: table, csv, tsv, json, jsonl, markdown
                :schema               labels, relationship types and properties, with counts
                :quit                 leave the shell (also Ctrl-D)
                """
        case .shellParamShape: return "use :param name => value"
        case .shellFormatNeeds: return ":format needs one of {formats}"
        case .shellUnknownCommand: return "unknown command {name} (:help lists the commands)"
        case .shellSearchPrompt: return "(reverse-i-search)'{query}': "
        case .shellCancelled: return "statement cancelled; the registry was left as it was"
        case .shellTooLateToCancel: return "Ctrl-C came after the statement had finished its work"
        case .schemaLabel: return "label"
        case .schemaNodes: return "nodes"
        case .schemaType: return "relationship type"
        case .schemaRelationships: return "relationships"
        case .schemaReadsAs: return "reads as"
        case .schemaProperties: return "properties (how many have each)"

        case .generateAbstract:
            return "Generate a synthetic TPBIS registry on the real regions, deterministic for a seed."
        case .generateDiscussion:
            return """
                national: all 34 provinces, 514 regencies, 7,097 districts and 82,503 villages with a library
                and a government per village, offices, Bappeda and DPMPD per regency, the programme's
                beneficiaries, replication lineages and synergy gaps (about 257,000 nodes and 550,000
                relationships). program: only the programme's stakeholders and their places. province: one
                province at national detail (--province, default Kepulauan Riau). Every synthetic fact carries
                synthetic: true; the model is described in docs/generator.md.
                """
        case .generateHelpScale: return "province, program or national."
        case .generateHelpSeed: return "The random seed (default: 42)."
        case .generateHelpProvince: return "For --scale province: a name, slug, ISO code or id."
        case .generateHelpRegions: return "The region CSV files (default: graphs/regions-id)."
        case .generateHelpOutput: return "Write the registry here (default: standard output)."
        case .generateHelpForce: return "Replace an existing output file."
        case .generateHelpQuiet: return "Print no progress and no summary on standard error."
        case .generateSeedRange: return "--seed needs a whole number from 0 to {maximum}, not '{value}'"
        case .generateWrote:
            return "wrote {path}: {nodes} nodes, {relationships} relationships (generated in {seconds} s)"
        case .generateUnknownProvince:
            return "no province '{name}'; give a name (Kepulauan Riau), an ISO code (ID-KR), a slug (kepri) or an id"
        case .generateAmbiguousProvince: return "'{name}' names several provinces ({names}); give the name instead"
        case .generateInfeasible: return "the programme parameters do not fit the regions: {detail}"
        case .generateInternal: return "internal error while building the graph: {detail}"

        case .progressSeconds: return "{seconds} s"
        case .progressReading: return "reading {path}"
        case .progressGenerating: return "generating the {scale} registry"
        case .progressWriting: return "writing {path}"
        case .progressStatement: return "running the statement"
        case .progressStatementOf: return "running statement {number} of {total}"
        case .progressComputing: return "computing"

        case .kindPerpusnas: return "National Library (Perpusnas)"
        case .kindBappenas: return "Ministry of National Development Planning (Bappenas)"
        case .kindKemendes: return "Ministry of Villages (Kemendes)"
        case .kindProvincialLibraryOffice: return "provincial library office"
        case .kindRegencyLibraryOffice: return "regency/city library office"
        case .kindBappeda: return "regional planning agency (Bappeda)"
        case .kindDPMPD: return "village community empowerment office (DPMPD)"
        case .kindVillageLibrary: return "village library"
        case .kindVillageGovernment: return "village government"
        case .kindSynergyTeam: return "provincial synergy team"
        case .kindFacilitator: return "regional facilitator"
        case .kindMasterTrainer: return "Master Trainer"
        case .kindPartner: return "partner (CSR, university, community)"
        case .kindPatron: return "library user whose life TPBIS changed"
        case .kindStakeholder: return "stakeholder"
        case .kindPerson: return "person"
        case .kindRegion: return "region"
        case .kindProvince: return "province"
        case .kindRegency: return "regency/city"
        case .kindDistrict: return "district"
        case .kindVillage: return "village"
        case .kindEvent: return "event"
        case .kindBimtek: return "technical guidance (Bimtek)"
        case .kindPLM: return "Peer Learning Meeting (PLM)"
        case .kindSHM: return "Stakeholder Meeting (SHM)"

        case .relationshipLOCATED_IN: return "located in"
        case .relationshipPART_OF: return "part of"
        case .relationshipPARTNERS_WITH: return "partners with"
        case .relationshipCOORDINATES: return "coordinates"
        case .relationshipMENTORS: return "mentors"
        case .relationshipFUNDS: return "funds"
        case .relationshipREPLICATED_FROM: return "replicated from"
        case .relationshipATTENDED: return "attended"
        case .relationshipMEMBER_OF: return "member of"
        case .relationshipNounLOCATED_IN: return "location"
        case .relationshipNounPART_OF: return "region"
        case .relationshipNounPARTNERS_WITH: return "partnership"
        case .relationshipNounCOORDINATES: return "coordination"
        case .relationshipNounMENTORS: return "mentoring"
        case .relationshipNounFUNDS: return "funding"
        case .relationshipNounREPLICATED_FROM: return "replication"
        case .relationshipNounATTENDED: return "attendance"
        case .relationshipNounMEMBER_OF: return "membership"
        case .jsonLineEndsExpecting: return "the line ends where {token} was expected"
        case .jsonExpectedToken: return "expected {token}"
        case .jsonEndsInObject: return "the line ends inside an object"
        case .jsonExpectedCommaOrBrace: return "expected ',' or '}}'"
        case .jsonExpectedKey: return "expected a key in double quotes"
        case .jsonEndsInString: return "the line ends inside a string"
        case .jsonExpectedString: return "expected a string"
        case .jsonControlCharacter: return "a control character inside a string must be escaped"
        case .jsonInvalidUTF8: return "a string is not valid UTF-8"
        case .jsonLoneBackslash: return "a string ends in a lone backslash"
        case .jsonShortUnicodeEscape: return "a \\u escape needs 4 hex digits"
        case .jsonUnpairedSurrogate: return "an unpaired UTF-16 surrogate in a \\u escape"
        case .jsonInvalidUnicodeEscape: return "an invalid \\u escape"
        case .jsonUnknownEscape: return "an unknown escape '{escape}'"
        case .jsonExpectedInteger: return "expected a whole number"
        case .jsonEndsInList: return "the line ends inside a list"
        case .jsonExpectedCommaOrBracket: return "expected ',' or ']'"
        case .jsonTooDeep: return "lists and maps nest too deeply"
        case .jsonEndsExpectingValue: return "the line ends where a value was expected"
        case .jsonNullInList: return "null inside a list cannot be stored"
        case .jsonExpectedValue: return "expected a value"
        case .jsonKeyInvalidUTF8: return "a key is not valid UTF-8"
        case .jsonNullProperty: return "property '{name}' is null; null is not stored"
        case .jsonDuplicateKey: return "key '{name}' appears twice"
        case .jsonDollarKey: return "a map key starting with '$' must be wrapped as {{\"$map\": …}}"
        case .jsonNotATemporal: return "'{text}' is not a {kind}"
        case .jsonNotASpecialDouble: return "'{text}' is not NaN, Infinity or -Infinity"
        case .jsonUnknownTag: return "unknown tagged value '{name}'"
        case .jsonNumberNeedsDigits: return "a number needs digits"
        case .jsonNotANumber: return "'{text}' is not a number"
        case .jsonIntegerOutOfRange: return "integer out of the 64-bit range"
        case .jsonFloatOutOfRange:
            return "'{text}' is too large for a 64-bit float (infinity is written {{\"$double\":\"Infinity\"}})"
        case .jsonFloatUnderflow: return "'{text}' is too small for a 64-bit float: it would be stored as 0"
        case .jsonEndpointWithoutId: return "an endpoint has no \"id\""
        case .jsonIdNotString: return "\"id\" must be a string in double quotes, not {found}"
        case .jsonTextAfterRecord: return "unexpected text after the record"
        case .jsonTextAfterValue: return "unexpected text after the value"
        case .jsonNoType: return "the record has no \"type\""
        case .jsonNodeNeedsId: return "a node record needs a non-empty \"id\""
        case .jsonNodeNeedsLabels: return "node '{key}' needs \"labels\" (a list of label names, [] for none)"
        case .jsonEmptyLabel: return "a label must not be empty"
        case .jsonDuplicateLabel: return "label '{label}' appears twice"
        case .jsonRelationshipNeedsId: return "a relationship record needs a non-empty \"id\""
        case .jsonRelationshipNeedsLabel: return "relationship '{key}' needs a \"label\" (its type)"
        case .jsonRelationshipNeedsEnd: return "relationship '{key}' needs \"{end}\""
        case .jsonRecordNeedsTx: return "a record of type '{type}' needs \"tx\""
        case .jsonDeleteNeedsKey: return "a delete record needs \"node\" or \"relationship\""
        case .jsonIndexNeedsLabelAndProperty:
            return "a record of type '{type}' needs a non-empty \"label\" and \"property\""
        case .jsonIndexNeedsName: return "a record of type '{type}' needs a non-empty \"name\""
        case .jsonCommitNeedsLines: return "a commit record needs \"lines\""
        case .jsonCommitBadKeys: return "\"keys\" of a commit record must be a whole number of 0 or more"
        case .jsonUnknownRecordType:
            return "unknown record type '{type}' (expected node, relationship, delete, index, dropIndex or commit)"
        case .registryMissing: return "{path}: no such registry file"
        case .registryMissingHint:
            return
                "create it with 'sinergi init -r {path}' (every region of Indonesia) or 'sinergi init -r {path} --province NAME'"
        case .registryExists: return "{path}: a registry exists already (use --force to replace it)"
        case .registryTornTail:
            return "ignoring an uncommitted tail ({reason}): a writer was interrupted; the next write removes it"
        case .registryTornLastLine: return "an incomplete last line"
        case .registryTransactionWithoutCommit: return "transaction {tx} has no commit record"
        case .registryCutSnapshotLine:
            return
                "the file ends in the middle of this line: the registry was cut short (a copy or download that stopped?); {nodes} {nodes|node|nodes} and {relationships} {relationships|relationship|relationships} were read before it, the rest is missing"
        case .registrySnapshotAfterJournal:
            return "a snapshot record after the journal began (a journal record needs \"tx\")"
        case .registryCommitOfOtherTransaction: return "commit of transaction {tx} but the open transaction is {open}"
        case .registryCommitWithoutTransaction: return "commit of transaction {tx} but no transaction is open"
        case .registryCommitLineCount:
            return "commit of transaction {tx} counts {lines} lines but {written} were written"
        case .registryTransactionOrder: return "transaction {tx} is not after transaction {last}"
        case .registryTransactionInterleaved: return "transaction {tx} begins before transaction {open} was committed"
        case .registryNodeTwice: return "node '{key}' appears twice"
        case .registryRelationshipTwice: return "relationship '{key}' appears twice"
        case .registryUnknownStart: return "relationship '{key}' starts at unknown node '{node}'"
        case .registryUnknownEnd: return "relationship '{key}' ends at unknown node '{node}'"
        case .registryDeleteUnknownNode: return "delete of unknown node '{key}'"
        case .registryDeleteUnknownRelationship: return "delete of unknown relationship '{key}'"
        case .registryDropUndeclaredIndex: return "drop of undeclared index :{label}({property})"
        case .registryIndexTwice: return "index :{label}({property}) is declared twice"
        case .graphDuplicateNodeKey: return "a node with key '{key}' exists already"
        case .graphDuplicateRelationshipKey: return "a relationship with key '{key}' exists already"
        case .graphUnknownNode: return "no node '{key}'"
        case .graphUnknownRelationship: return "no relationship '{key}'"
        case .graphNodeHasRelationships:
            return "node '{key}' still has {count} {count|relationship|relationships}; delete them first or detach"
        case .graphUnstorableValue: return "property '{key}' cannot hold a value of type {type}"
        case .graphEmptyName: return "{what} must not be empty"
        case .outputIsTheRegistry:
            return "{path} is the registry this command reads (-r); it is not replaced without --force"
        case .outputIsARegistry:
            return "{path} is a registry; it is not replaced without --force (choose another file, or add --force)"
        case .outputCannotWrite: return "{path}: cannot write the file"
        case .importJournalRecord: return "a journal record; compact the registry first (sinergi compact)"
        case .importNodeExists:
            return
                "node '{key}' exists in the registry already with other values: {differences} (use --on-conflict replace or skip)"
        case .importRelationshipExists:
            return
                "relationship '{key}' exists in the registry already with other values: {differences} (use --on-conflict replace or skip)"
        case .importDifference: return "{name} {there} in the registry, {here} in the file"
        case .importMappingUnknownMeaning: return "'{meaning}' is no column meaning the importer knows"
        case .initUnknownProvince: return "no province named '{name}' in the region data"
        case .initCreated:
            return
                "created {path}: {provinces} {provinces|province|provinces}, {regencies} {regencies|regency or city|regencies and cities}, {districts} {districts|district|districts} and {villages} {villages|village|villages} ({nodes} nodes, {relationships} relationships)"
        case .initNext:
            return "next, record the stakeholders: 'sinergi import -r {path} --nodes FILE.csv' (see docs/tutorial.md)"
        case .initAbstract: return "Create a new registry holding Indonesia's regions, ready for stakeholders."
        case .initHelpProvince: return "Only this province (repeat for several)."
        case .initHelpLevel:
            return "The deepest regions to include: province, regency, district or village (default: village)."
        case .initHelpForce: return "Replace an existing file."
        case .initDiscussion:
            return """
                Writes every province, regency and city, district and village (the 2018–2022 division bundled
                into sinergi, see graphs/regions-id), or those of the provinces named with --province, with
                PART_OF between them, so that imports and gaps can place stakeholders. Provinces are found by
                their official and common names: 'Sumatera Utara', 'Sumut', 'Kepri', 'DIY'. An existing file
                is never replaced without --force.
                """

        case .ioCannotRead: return "cannot read: {reason}"
        case .ioCannotOpenForWriting: return "cannot open for writing: {reason}"
        case .ioCannotCreate: return "cannot create: {reason}"
        case .ioCannotWrite: return "cannot write: {reason}"
        case .ioCannotSync: return "cannot save to the disk (fsync): {reason}"
        case .ioCannotCutTail: return "cannot cut the uncommitted tail: {reason}"
        case .ioCannotReplace: return "cannot rename over {registry}: {reason}"
        case .ioCannotSyncFolder: return "cannot save the folder's entries to the disk (fsync): {reason}"
        case .ioCannotLock: return "cannot lock: {reason}"
        case .ioCannotExamine: return "cannot examine: {reason}"
        case .ioNotCommitted: return "{failure}; the transaction was not saved and the registry was left as it was"
        case .ioNotCommittedTailLeft:
            return
                "{failure}; the transaction was not saved: its partial lines at the end of the registry are ignored and the next write removes them"
        case .ioNotReplaced: return "{failure}; the registry was left as it was"
        case .ioReasonDiskFull: return "the disk is full"
        case .ioReasonQuota: return "the disk quota is used up"
        case .ioReasonInputOutput: return "the disk reported an input/output error"
        case .ioReasonReadOnly: return "the file system is read-only"
        case .ioReasonPermission: return "permission denied"
        case .ioReasonNotFound: return "no such file or folder"
        case .ioReasonNotAFile: return "it is a folder, not a file"
        case .ioReasonNothingWritten: return "the system wrote nothing"
        case .ioReasonOther: return "{text} (errno {code})"
        case .standardOutputCannotWrite: return "cannot write the output: {reason}"

        case .kindShortPerpusnas: return "Perpusnas"
        case .kindShortBappenas: return "Bappenas"
        case .kindShortKemendes: return "Kemendes"
        case .kindShortProvincialLibraryOffice: return "provincial library office"
        case .kindShortRegencyLibraryOffice: return "regency/city library office"
        case .kindShortBappeda: return "Bappeda"
        case .kindShortDPMPD: return "DPMPD"
        case .kindShortVillageLibrary: return "village library"
        case .kindShortVillageGovernment: return "village government"
        case .kindShortSynergyTeam: return "synergy team"
        case .kindShortFacilitator: return "facilitator"
        case .kindShortMasterTrainer: return "Master Trainer"
        case .kindShortPartner: return "partner"
        case .kindShortPatron: return "library user (impact)"
        case .kindShortStakeholder: return "stakeholder"
        case .kindShortPerson: return "person"
        case .kindShortRegion: return "region"
        case .kindShortProvince: return "province"
        case .kindShortRegency: return "regency/city"
        case .kindShortDistrict: return "district"
        case .kindShortVillage: return "village"
        case .kindShortEvent: return "event"
        case .kindShortBimtek: return "Bimtek"
        case .kindShortPLM: return "PLM"
        case .kindShortSHM: return "SHM"

        case .diagramLegend: return "Legend"
        case .diagramRoleModel: return "role model"
        case .diagramGap: return "synergy gap"
        case .diagramRecommended: return "recommended partnership"
        case .diagramBundle: return "line from a box: ×N of its members"
        case .diagramBundleTooltip: return "{count} {count|relationship|relationships}"
        case .diagramSince: return "since {year}"
        case .diagramUntil: return "until {year}"
        case .diagramLeftOut: return "Not drawn: {what}."
        case .diagramSfdpNote:
            return "{count} nodes: drawn with sfdp instead of dot (dot is slow above {limit} nodes)"
        case .diagramBoxesNeedGraphviz:
            return
                "Graphviz is not installed: the DOT file is written without its region boxes, which sfdp lays out as the file is written (install Graphviz and export again)"
        case .diagramSfdpNoteBoxes:
            return
                "{count} nodes: drawn with sfdp instead of dot (dot is slow above {limit} nodes); sfdp draws no region boxes"

        case .diagramBadChoice: return "option '{option}' must be {choices}, not '{value}'"
        case .diagramBadAspect: return "--aspect needs WIDTH:HEIGHT (such as 16:9 or 4:3) or none, not '{value}'"
        case .diagramBadSize: return "--size needs WIDTHxHEIGHT in pixels (such as 1920x1080), not '{value}'"
        case .diagramSizeOrAspect: return "give --size or --aspect, not both"
        case .diagramEmptyList: return "{option} needs at least one name"
        case .diagramUnknownKind: return "{option}: no kind or level '{value}'"
        case .diagramNoHighlightNode: return "no node '{key}' to highlight"
        case .diagramLarge:
            return
                "the diagram has {count} nodes (more than {limit}); it will be hard to read. Choose a part with --region, --around, --query or --levels."
        case .gapNotRegistered: return "not registered: {roles}"
        case .gapNotPartnered: return "not partnered: {pairs}"
        case .gapStepPartner: return "partner {a} with {b}"
        case .gapStepInvite: return "invite {roles} to the next SHM"
        case .gapStepRegister: return "register the library office, Bappeda and DPMPD"
        case .outputWrongExtension: return "'{file}' does not fit {format}, which writes {extensions} files; {hint}"
        case .outputTryName: return "name it '{name}'"
        case .outputTryRender: return "add --render to draw the picture, or name the DOT file '{name}'"
        case .renderCannotRead: return "{file}: cannot read the file"
        case .renderTooLarge:
            return
                "the diagram has {count} nodes, more than {limit}: Graphviz would run for minutes and the picture could not be read. Draw a part (--region, --levels, --kinds), or add --any-size."
        case .renderNeedsOutput: return "--render needs --output <file.svg|png|pdf>"
        case .renderDrew: return "drew {file} with {engine} ({count} {count|node|nodes})"
        case .renderSmallText:
            return
                "the text is drawn at {points} pt to fit the picture, too small to read on a projector; draw a part (--region, --levels, --kinds) or a larger --size"
        case .optionClusterBy: return "Diagrams: box nodes by province, regency or none (default: province)."
        case .optionTitle: return "Diagrams: a title above the drawing."
        case .optionLevels: return "Diagrams: draw only these levels (national, province, regency, district, village)."
        case .optionKinds: return "Diagrams: draw only these kinds (labels, comma-separated)."
        case .optionLeaveOut: return "Diagrams: leave out these kinds or levels (such as village,Event)."
        case .optionHighlight:
            return "Diagrams: gaps marks the synergy gaps and the partnerships that would close them."
        case .optionRankdir: return "Diagrams: the direction links run in: LR, TB, RL or BT (default: LR)."
        case .optionEdgeLabels: return "Diagrams: write the relationship, its kind and years on every line."
        case .optionNoBundle: return "Diagrams: draw every relationship on its own (no lines from a box)."
        case .optionNoLegend: return "Diagrams: leave out the legend."
        case .optionSize: return "Pictures: WIDTHxHEIGHT in pixels (default: 1920x1080)."
        case .optionAspect:
            return "Pictures: WIDTH:HEIGHT (such as 4:3), or none for Graphviz's own size (default: 16:9)."
        case .optionEngine: return "Pictures: dot or sfdp (default: by size)."
        case .optionAnySize: return "Draw even a diagram of more than 10,000 nodes."
        case .valueLevels: return "levels"
        case .valueKinds: return "kinds"
        case .valueHighlight: return "what"
        case .valuePixels: return "pixels"
        case .valueRatio: return "ratio"
        case .renderAbstract: return "Draw a DOT file with Graphviz into SVG, PNG or PDF."
        case .renderDiscussion:
            return """
                Uses the engine the file names in its layout attribute (Sinergi's DOT always names one), else
                dot for small diagrams and sfdp for large ones (above 400 nodes); --engine overrides both, and
                the engine that runs is the one reported. sfdp is tuned for large graphs (overlap=prism, straight
                edges). The size is checked first: more than 10,000 nodes are refused unless --any-size is
                given. The picture fills the DOT's canvas (Sinergi's: 16:9, 1920 x 1080 pixels) unless --size or
                --aspect says otherwise; Graphviz stops when sinergi is stopped. Graphviz is an optional
                program: install it with 'apt-get install graphviz' or 'brew install graphviz'.
                """
        case .renderFileHelp: return "The DOT file."
        case .renderOutputHelp: return "The picture to write (.svg, .png or .pdf)."
        case .graphvizNotInstalled:
            return "Graphviz is not installed: install it with `apt-get install graphviz` or `brew install graphviz`"
        case .graphvizFailed: return "{program} failed with exit status {status}{detail}"
        case .graphvizCrashed: return "{program} stopped by signal {signal}{detail}"
        case .graphvizCannotWrite: return "cannot write {path}: {detail}"
        case .graphvizCannotRun: return "cannot run {program}: {detail}"
        case .graphvizCannotRead: return "cannot read Graphviz's output {path}"
        case .optionRender: return "Run Graphviz to draw --output (.svg, .png, .pdf)."
        // MARK: Algorithms
        case .scopeSameRegency: return "same regency"
        case .scopeSameProvince: return "same province"
        case .scopeNational: return "national level"
        case .recommendPlaceSameRegency: return "both are in {regency}"
        case .recommendPlaceSameProvince: return "no connected stakeholder is in its regency; both are in {province}"
        case .recommendPlaceNational:
            return "no connected stakeholder is in its regency or province, so the link goes to the national level"
        case .recommendGroupAlone: return "a stakeholder on its own"
        case .recommendGroup: return "a group of {count} stakeholders"
        case .recommendReason:
            return
                "Link {stakeholder} with {partner}: {place}. It connects {group} with no path to Perpusnas or its provincial library office; {why}."
        case .recommendWhyLargest: return "no unconnected group is larger"
        case .recommendWhyNext: return "once the links above are made, no unconnected group left is larger"
        case .unconnectedNoStakeholders: return "no stakeholder registered"
        case .unconnectedNoPath: return "no path to a programme root"
        case .fragileBridge: return "partnership (bridge)"
        case .fragileArticulationPoint: return "stakeholder (articulation point)"
        case .calibrationNoHistory:
            return
                "nothing to estimate from: no {type} relationship has a year (record `since` on the replications and `cohort` on the stakeholders that joined the programme)"
        case .calibrationNoExposedReplication:
            return
                "nothing to estimate from: none of the {replications} replications (the last in {last}) followed a link from a stakeholder already in the programme in an earlier year (record `cohort` on the role models and beneficiaries, or follow other relationship types)"
        case .algorithmsNoProvince: return "no province '{name}' in {registry}"
        case .algorithmsNoLabel: return "no node carries the label '{label}' in {registry}"
        case .algorithmsEveryType: return "every relationship type"
        case .algorithmsStakeholderNetwork: return "every type but LOCATED_IN and PART_OF"
        case .algorithmsOptionAppliesTo: return "--{option} applies to --{choice} {kinds}"
        case .algorithmsInPlace: return "in {place}"
        case .algorithmsInRegistry: return "in the registry"
        case .spreadLineageSummary:
            return
                "{roleModels} {roleModels|role model|role models}, {replicators} {replicators|replicator|replicators}{place}"
        case .spreadLineageUnmarked: return "; {count} more not marked roleModel: true (copied by others, or asked for)"
        case .spreadByProvinceSummary:
            return "{replicators} {replicators|replicator|replicators} in {provinces} {provinces|province|provinces}"
        case .spreadByCohortSummary:
            return "{replicators} {replicators|replicator|replicators} in {years} cohort {years|year|years}{place}"
        case .modelIndependentCascade: return "independent cascade"
        case .modelLinearThreshold: return "linear threshold"
        case .spreadEstimatedNote:
            return "; p = {p} per link, estimated from the replications of {first}–{last} (95% CI {lower}–{upper})"
        case .spreadNoSeeds: return "no seeds: give --seed-node, or mark role models with roleModel: true in {registry}"
        case .spreadForecastSummary:
            return
                "expected spread {spread} nodes (95% CI {lower}–{upper}) from {seeds} {seeds|seed|seeds}; {model}, {runs} runs, random seed {seed}"
        case .algorithmsTopListed: return "; the {top} that cut off most of {total} listed"
        case .spreadNoCandidates: return "no candidates: no node labelled {label} is left{place}"
        case .spreadBestSeedsRRSummary:
            return
                "{seeds} {seeds|seed|seeds} of {candidates} {label} candidates reach {spread} nodes on average (at least {lowerBound}); with probability {confidence}% that is at least {guarantee}% of the most any {seeds} reach (1 − 1/e − ε, ε = {epsilon}); {model}, {sets} reverse-reachable sets, random seed {seed}"
        case .spreadBestSeedsCELFSummary:
            return
                "{seeds} {seeds|seed|seeds} of {candidates} {label} candidates reach {spread} nodes on average; {model}, greedy with CELF, {runs} runs, random seed {seed}"
        case .calibrationEveryLink: return "every link"
        case .calibrationSummary:
            return
                "p = {p} per link per year (95% CI {lower}–{upper}), estimated from {adoptions} {adoptions|replication|replications} of {population} in {first}–{last} over {network}; {unexplained} with no exposed link left out"
        case .calibrationFit:
            return
                "; check: fitted on {from}–{to}, the forecast for {year} is {expected} (95% {lower}–{upper}) and {observed} happened ({unexplained} more with no exposed link)"
        case .calibrationNoFit: return "; no earlier cohort to check the fit against"
        case .calibrationSummaryByType:
            return
                "{count} link {count|probability|probabilities} per year, one per relationship type with exposures, estimated from {adoptions} {adoptions|replication|replications} of {population} in {first}–{last} over {network}; {unexplained} with no exposed link left out"
        case .algorithmsTopAdopters: return "; the {top} most likely of {total} adopters listed"
        case .synergyRoleLibraryOffice: return "library office"
        case .synergyRoleBappeda: return "Bappeda"
        case .synergyRoleDPMPD: return "DPMPD"
        case .algorithmsNone: return "none"
        case .synergySummary:
            return
                "{listed} {listed|regency|regencies} with synergy gaps listed ({partnerships} {partnerships|partnership|partnerships} and {stakeholders} {stakeholders|stakeholder|stakeholders} missing); {complete} of {total} {total|regency|regencies} {complete|has|have} {definition}"
        case .synergyUnregistered: return "; {count} {count|has|have} none of the three registered (--all lists them)"
        case .synergyStepPartner: return "partner {a} with {b}"
        case .synergyStepRegisterAll: return "register the library office, Bappeda and DPMPD"
        case .synergyStepInvite: return "invite {roles} to the next SHM"
        case .unconnectedSummary:
            return
                "{regencies} {regencies|regency|regencies} and {villages} {villages|village|villages} not connected to Perpusnas or their provincial library office: {withoutPath} with stakeholders but no path"
        case .unconnectedEmptyNotListed: return " listed, {count} with no stakeholder registered (--all lists them)"
        case .unconnectedEmptyListed: return ", {count} with no stakeholder registered"
        case .fragileSummary:
            return
                "{bridges} {bridges|partnership|partnerships} (bridges) and {points} {points|stakeholder|stakeholders} (articulation points) would split the {network} network"
        case .componentsMore: return "… ({count} more)"
        case .componentsSummary:
            return
                "{components} {components|component|components} among {stakeholders} {stakeholders|stakeholder|stakeholders} over {network}: the largest has {largest}, {isolates} {isolates|stakeholder|stakeholders} without any"
        case .recommendSummary:
            return
                "{partnerships} new {partnerships|partnership|partnerships} would connect {stakeholders} {stakeholders|stakeholder|stakeholders} to the programme"
        case .algorithmsTopRegions: return "; the {top} regions with the most of {total} listed"
        case .algorithmsThroughLabel: return "through {label} nodes"
        case .reachSummary:
            return
                "{nodes} {nodes|node|nodes} within {hops} {hops|hop|hops} of {sources} {sources|source|sources} over {network}"
        case .pathNone: return "no path from '{from}' to '{to}' over {network}"
        case .pathSummary: return "{hops} {hops|hop|hops} from '{from}' to '{to}'"
        case .pathWeightTotal: return ", total {weight} {total}"
        case .csvUnterminatedQuote: return "unterminated quoted field"
        case .csvTextAfterQuote: return "unexpected text after a closing quote"
        case .csvEmptyColumnName: return "empty column name"
        case .csvGroupNotAllowed: return "an id space '({group})' is only allowed on :ID, :START_ID and :END_ID"
        case .csvUnknownRegionLevel:
            return
                "unknown region level '{level}' in column '{column}' (expected Province, Regency, District or Village)"
        case .csvUnknownType: return "unknown type '{type}' in column '{column}'"
        case .csvNoPropertyName: return "column '{column}' has no property name"
        case .csvColumnNotInNodeFile: return "column '{column}' is not allowed in a node file"
        case .csvColumnNotInRelationshipFile: return "column '{column}' is not allowed in a relationship file"
        case .csvEmptyFile: return "the file is empty; expected a header line"
        case .csvSeveralColumns: return "more than one {column} column"
        case .csvFieldCount: return "expected {expected} fields, found {found}"
        case .csvTwoValues: return "two values for property '{property}' (columns '{first}' and '{second}')"
        case .csvEmptyNodeID: return "empty node id in column '{column}'"
        case .csvDuplicateNodeID: return "duplicate node id '{id}' (first at {place})"
        case .csvIDInTwoSpaces:
            return "node id '{id}' is used in id spaces '{first}' and '{second}'; Sinergi node keys are global"
        case .csvEmptyType: return "empty relationship type in column '{column}'"
        case .csvEmptyEnd: return "empty cell in column '{column}': the relationship needs both ends"
        case .csvDuplicateRelationshipKey: return "duplicate relationship key '{key}' (first at {place})"
        case .csvMissingEnd: return "missing {end} column (the key of an end), or a column naming it such as '{names}'"
        case .csvMissingType: return "the file has no :TYPE (jenis hubungan) column; add one, or give --type TYPE"
        case .csvMissingEvent: return "the meeting is missing: add a 'pertemuan' column, or give --event NAME"
        case .csvBadInteger: return "bad integer '{value}' in column '{column}'"
        case .csvBadFloat: return "bad float '{value}' in column '{column}'"
        case .csvBadBoolean: return "bad boolean '{value}' in column '{column}'"
        case .csvBadTemporal: return "bad {kind} '{value}' in column '{column}'"
        case .csvBadJSON: return "bad json in column '{column}': {detail}"
        case .jsonNullNotStored: return "null is not stored"
        case .attendanceMissingColumn: return "an attendance sheet needs a '{column}' column"
        case .attendanceNoName: return "the row has no name (column '{column}')"
        case .attendanceNoInstitution:
            return
                "the row has no institution (column '{column}'): write the office or organisation the person came for"
        case .graphmlNotGraphML: return "expected <graphml>, found <{found}>"
        case .graphmlKeyWithoutID: return "<key> without an id"
        case .graphmlUnknownAttrType: return "unknown attr.type '{type}' in key '{key}'"
        case .graphmlBadDefault: return "{detail} in the default of key '{key}'"
        case .graphmlDuplicateKeyID: return "duplicate key id '{key}'"
        case .graphmlNoGraph: return "no <graph> element"
        case .graphmlSeveralGraphs: return "more than one <graph>; only one is supported"
        case .graphmlDataWithoutKey: return "<data> without a key"
        case .graphmlUnknownKey: return "unknown key '{key}'"
        case .graphmlBadLabels: return "bad labels '{text}'"
        case .graphmlBadData: return "{detail} in key '{key}'"
        case .graphmlBadValue: return "bad {kind} '{value}'"
        case .graphmlNodeWithoutID: return "<node> without an id"
        case .graphmlNestedGraph: return "nested graphs are not supported"
        case .graphmlPort: return "ports are not supported"
        case .graphmlDuplicateNode: return "duplicate node id '{id}' (first at line {line})"
        case .graphmlEdgeWithoutEnds: return "<edge> without source and target"
        case .graphmlDuplicateEdge: return "duplicate edge id '{id}' (first at line {line})"
        case .graphmlEmptyType: return "empty relationship type"
        case .graphmlHyperedge: return "hyperedges are not supported"
        case .graphmlUnexpected: return "unexpected <{element}> in <graph>"
        case .importDuplicateKey: return "key '{key}' is given twice (first at {place})"
        case .importNodeSameAs:
            return
                "'{name}' is in the registry already as '{key}' (same kind, name and region) with other values: {differences} (use --on-conflict replace or skip)"
        case .importRowRepeats: return "this row repeats line {line} (same kind, name and region)"
        case .importRowNamesSeveral:
            return "'{name}' names several stakeholders of the registry: {nodes}; give a key or a region column"
        case .importRelationshipSameAs:
            return
                "this {type} from '{start}' to '{end}' is in the registry already as '{key}' (same ends, type and {properties}) with other values: {differences} (use --on-conflict replace or skip)"
        case .importRelationshipRepeats: return "this row repeats line {line} (same ends, type and {properties})"
        case .importNoLabel:
            return
                "the row has no kind: fill the '{column}' column (e.g. Bappeda, Dinas Perpustakaan Kabupaten), or give a :LABEL column"
        case .importUnknownLabel:
            return
                "unknown label '{label}' in column '{column}' (not in the TPBIS schema; --allow {allow} keeps it, --schema none takes any)"
        case .importUnknownKind: return "column '{column}' holds '{value}', which is no kind the schema knows"
        case .importUnknownType:
            return
                "unknown relationship type '{type}' in column '{column}' (not in the TPBIS schema; --allow {allow} keeps it)"
        case .importNearLabel:
            return "label '{label}' is new to the registry and looks like a misspelling (--allow {allow} keeps it)"
        case .importNearType:
            return
                "relationship type '{type}' is new to the registry and looks like a misspelling (--allow {allow} keeps it)"
        case .importNearColumn:
            return
                "column '{column}' names a property the registry does not have and looks like a misspelling (--allow {allow} keeps it)"
        case .importEmptyType: return "empty relationship type in column '{column}'"
        case .importMissingProperty: return "{owner} needs '{property}', and the row has none"
        case .importNotADate:
            return "column '{column}' holds '{value}', which is not a date (write 2023-08-08 or 08/08/2023)"
        case .importNotABoolean: return "column '{column}' holds '{value}', which is not yes or no (write ya or tidak)"
        case .importUnknownValue: return "column '{column}' holds '{value}', which is not one of {choices}"
        case .importWrongStart: return "{type} should start at a {label}, not '{node}'"
        case .importWrongEnd: return "{type} should end at a {label}, not '{node}'"
        case .importUnknownNodeID: return "unknown node id '{id}' in column '{column}'"
        case .importEndpointMissing:
            return "no stakeholder, meeting or person '{name}' in the registry or the files (column '{column}')"
        case .importEndpointMissingWithin:
            return "no stakeholder, meeting or person '{name}' in {region} (column '{column}')"
        case .importEndpointAmbiguous:
            return "'{name}' (column '{column}') names several: {nodes}; give the key, or a region column"
        case .importUnknownEvent: return "no meeting '{name}' in the registry (column '{column}')"
        case .importUnknownReference: return "no node '{name}' in the registry (column '{column}')"
        case .importReferenceAmbiguous: return "'{name}' (column '{column}') names several: {nodes}; give the key"
        case .importRegionMissing: return "no {level} named '{name}' in the registry (column '{column}')"
        case .importRegionMissingWithin: return "no {level} named '{name}' in {parent} (column '{column}')"
        case .importRegionAmbiguous:
            return
                "'{name}' (column '{column}') names several regions: {regions}; add the province, or write the region's key"
        case .importNoRegions:
            return
                "the registry has no regions to place '{name}' in; create it with 'sinergi init' (it holds Indonesia's regions)"
        case .importNothing:
            return
                "nothing to import: name files, or --nodes, --partnerships, --commitments, --attendance or --relationships CSV files"
        case .importCannotRead: return "{path}: cannot read the file"
        case .importNotUTF8: return "{place}: the file is not UTF-8 (in Excel: Save As, 'CSV UTF-8 (Comma delimited)')"
        case .importMappingRow: return "a mapping row needs two cells: the column as it is written, and what it means"
        case .importSummary:
            return "imported into {path}: {counts}"
        case .importCommitted: return "{summary} (transaction {tx})"
        case .importNothingChanged: return "{summary} (nothing changed)"
        case .importDryRunSummary:
            return "dry run, nothing written: {counts}"
        case .importReportCreate: return "create  {place}: {what}"
        case .importReportReplace: return "replace {place}: {what}"
        case .importReportSkip: return "skip    {place}: {what}"
        case .importReportMatch: return "known   {place}: {what}"
        case .importReportNode: return "node {key} ({labels})"
        case .importReportNamedNode: return "node {key} ({labels}) '{name}'"
        case .importReportLocation: return "{key} LOCATED_IN '{region}'"
        case .importReportRelationship: return "{type} {key}: {start} → {end}"
        case .checkAbstract: return "Validate a registry: its file, and its content against the TPBIS schema."
        case .checkDiscussion:
            return """
                File problems (a malformed line, a dangling relationship endpoint, a duplicate key) are errors.
                Schema findings (unknown labels or types, missing required properties, values outside the allowed
                ones, references to unknown nodes, relationships between the wrong kinds of node, partnerships
                recorded twice) are warnings, each as FILE:LINE with the nearest known name. The schema is
                described in docs/schema.md.
                """
        case .checkHelpStrict: return "Exit with 1 when there are warnings, not only errors."
        case .checkNoProblems: return "{path}: {nodes} nodes, {relationships} relationships, no problems"
        case .checkWarnings:
            return "{path}: {nodes} nodes, {relationships} relationships, {warnings} {warnings|warning|warnings}"
        case .schemaNoLabel: return "node '{key}' has no label"
        case .schemaUnknownLabel: return "node '{key}' has unknown label '{label}'"
        case .schemaMissingFamily: return "node '{key}' has the kind {label} but not the label {family}"
        case .schemaMissingProperty: return "{owner} '{key}' has no '{property}'"
        case .schemaDanglingReference: return "'{key}': '{property}' names unknown node '{target}' (dangling reference)"
        case .schemaReferenceWrongKind: return "'{key}': '{property}' names '{target}', which is not a {label}"
        case .schemaUnknownType: return "relationship '{key}' has unknown type '{type}'"
        case .schemaWrongStart: return "{type} '{key}' should start at a {label}, not '{node}'"
        case .schemaWrongEnd: return "{type} '{key}' should end at a {label}, not '{node}'"
        case .schemaNotADate: return "'{key}': '{property}' holds {value}, which is not a date"
        case .schemaUnknownValue: return "'{key}': '{property}' is '{value}', not one of {choices}"
        case .schemaEndsBeforeStart: return "'{key}': until {until} is before since {since}"
        case .schemaLikelyDuplicate:
            return "relationship '{key}' repeats '{other}' (same ends, type, meeting and document)"
        case .relationshipCOMMITS: return "commits to (at a meeting)"
        case .relationshipNounCOMMITS: return "commitment (follow-up plan)"
        case .importAbstract:
            return
                "Import spreadsheets (CSV), attendance sheets, APOC JSON lines or GraphML into a registry, as one transaction."
        case .importDiscussion:
            return """
                A spreadsheet imports as it is: columns may be named as people name them (nama, jenis, kabupaten,
                tanggal, pihak 1, mitra, pertemuan; see docs/formats.md) or with neo4j-admin import headers (:ID,
                :LABEL, since:date), separated by ',' or ';', dates day first (08/08/2023), yes/no as ya/tidak.
                Stakeholders are found again by key, or by kind, name and region; the ends of a partnership by key,
                or by name within a region; a relationship without a key is the one with the same ends, type and
                meeting. Every file is checked against the TPBIS schema (--schema none for other graphs) and the
                registry before anything is written: a misspelt kind, type, column or region is refused as
                FILE:LINE with the nearest known name, the command exits with 1 and the registry is left exactly
                as it was. --dry-run prints what would be created, replaced and skipped. A row the registry
                holds already with the same values is already there, so a sheet imported again records only its
                new rows; another registry (its .jsonl, journal and all) comes in as its last transaction left it.
                """
        case .importHelpFile:
            return "A JSON lines, GraphML or CSV file to import (a CSV file's kind is read from its header)."
        case .importHelpNodes:
            return "A CSV file of stakeholders, meetings or regions, one per row (e.g. nama, jenis, kabupaten)."
        case .importHelpPartnerships:
            return
                "A CSV file of partnerships: pihak 1, pihak 2 (key, or name with its region), jenis, dokumen, status."
        case .importHelpCommitments:
            return "A CSV file of commitments (rencana tindak lanjut): pihak, rencana, tenggat, status, pertemuan."
        case .importHelpAttendance:
            return
                "An attendance sheet (daftar hadir): nama, jabatan, instansi, kabupaten/kota, peran, kelompok peserta."
        case .importHelpRelationships:
            return "A CSV file of relationships (:START_ID, :END_ID, :TYPE, or pihak 1, pihak 2, jenis hubungan)."
        case .importHelpEvent:
            return "The meeting of --attendance and --commitments rows without a pertemuan column (key or name)."
        case .importHelpType: return "The relationship type of --relationships files without a :TYPE column."
        case .importHelpOnConflict:
            return
                "When a row exists already (same key, or same kind, name and region): error, replace or skip (default: error)."
        case .importHelpSchema: return "tpbis: check against the TPBIS schema (default); none: any graph."
        case .importHelpAllow: return "Accept this label, type or column name although it looks like a misspelling."
        case .importHelpMapping:
            return "A CSV file of 'column,meaning' rows naming your columns (e.g. 'Nama Lengkap,nama')."
        case .importHelpDelimiter: return "The CSV separator: , ; tab or | (default: detected from the header)."
        case .importHelpDedup:
            return
                "The properties that tell relationships with the same ends and type apart (default: event; none: never the same)."
        case .importHelpDryRun:
            return "Check everything and print what would be created, replaced and skipped; change nothing."
        case .importHelpCreate: return "Create the registry when it does not exist."
        case .importCounts:
            return
                "{nodes} {nodes|node|nodes} and {relationships} {relationships|relationship|relationships} created, {replaced} replaced, {skipped} skipped"
        case .importCountsMatched:
            return
                "{nodes} {nodes|node|nodes} and {relationships} {relationships|relationship|relationships} created, {replaced} replaced, {skipped} skipped, {matched} already there"
        case .queryMissingParameter:
            return "parameter ${name} is not given: give it with -p {name}=VALUE (in the shell: :param {name} => VALUE)"

        // MARK: The HTML map
        case .mapTitle: return "Stakeholder map"
        case .mapSearchPlaceholder: return "Search a stakeholder, place or key…"
        case .mapZoomIn: return "Zoom in"
        case .mapZoomOut: return "Zoom out"
        case .mapFit: return "Show the whole map"
        case .mapHelp: return "Drag to move, scroll to zoom, click a stakeholder for its details and partners."
        case .mapKinds: return "Kinds"
        case .mapProvince: return "Province"
        case .mapAllProvinces: return "All provinces"
        case .mapRelationships: return "Relationships"
        case .mapYear: return "Year"
        case .mapAllYears: return "All years"
        case .mapInYear: return "Relationships in force in {year}"
        case .mapShown: return "{shown} of {total} shown"
        case .mapHighlights: return "Highlights"
        case .mapNoMatch: return "Nothing matches “{q}”."
        case .mapCloseMatch: return "a close match (a typo?)"
        case .mapClose: return "Close"
        case .mapProperties: return "Properties"
        case .mapKey: return "key"
        case .mapPartnerships: return "Partnerships"
        case .mapOtherLinks: return "Other relationships"
        case .mapNone: return "none"
        case .mapNeedsGraphviz:
            return
                "--format html lays the map out with Graphviz, which is not installed: install it with `apt-get install graphviz` or `brew install graphviz`"
        case .mapLayoutUnreadable: return "cannot read the layout Graphviz computed for the map"
        case .mapWrote:
            return
                "wrote the map {file}: {count} {count|node|nodes}, laid out by {engine}; it opens in any browser, with no network"

        // MARK: The SHM brief and region names
        case .valueWhen: return "date|meeting"
        case .briefAbstract: return "Write the SHM brief of a province, a regency or the nation (Markdown or HTML)."
        case .briefDiscussion:
            return """
                The brief an organizer brings to the next Stakeholder Meeting: the stakeholders, the meetings and
                who attended them, the partnerships, the commitments (COMMITS from a stakeholder to a meeting:
                what, due, status), the synergy gaps with next steps, replication against the programme's
                figures, and the region's diagram with the gaps highlighted. --since DATE (or a meeting's key)
                marks what changed since then. markdown writes the diagram as an SVG beside
                the file; html is one self-contained page that prints to PDF from a browser. The texts are in the
                run's language (--lang id or en).
                """
        case .briefHelpRegion:
            return "The province or regency (a name as people write it, or a key); default: the nation."
        case .briefHelpSince: return "Mark what changed since this date (YYYY-MM-DD) or meeting (an event's key)."
        case .briefHelpOutput: return "The file to write (.md or .html); default: standard output."
        case .briefHelpNoDiagram: return "Leave out the diagram."
        case .briefTitle: return "SHM brief: {place}"
        case .briefNation: return "Indonesia (national)"
        case .briefIntro: return "Prepared by Sinergi from the registry {file}."
        case .briefSinceIntro: return "Changes are marked since {since}."
        case .briefSummary: return "Summary"
        case .briefSummaryStakeholders:
            return "{count} {count|stakeholder|stakeholders} in {regencies} {regencies|regency|regencies}."
        case .briefSummaryPartnerships: return "{count} {count|partnership|partnerships}."
        case .briefSummaryEvents:
            return "{count} {count|meeting|meetings}, {attendance} {attendance|attendance|attendances} recorded."
        case .briefSummaryCommitments: return "{count} {count|commitment|commitments}, {done} done."
        case .briefSummaryGaps: return "{count} {count|regency has|regencies have} a synergy gap."
        case .briefSummaryNoGaps: return "No regency with registered stakeholders has a synergy gap."
        case .briefSummaryChanges:
            return
                "Since then: {partnerships} new {partnerships|partnership|partnerships}, {commitments} new {commitments|commitment|commitments}."
        case .briefStakeholders: return "Stakeholders"
        case .briefNoStakeholders: return "No stakeholder is registered here yet."
        case .briefKind: return "Kind"
        case .briefCount: return "Number"
        case .briefName: return "Name"
        case .briefRegency: return "Regency/city"
        case .briefMoreRows: return "… and {count} more."
        case .briefAttendance: return "Meetings and attendance"
        case .briefNoEvents: return "No meeting is recorded for this region yet."
        case .briefEvent: return "Meeting"
        case .briefDate: return "Date"
        case .briefParticipants: return "Participants from here"
        case .briefWho: return "Who"
        case .briefAndMore: return "and {count} more"
        case .briefSeats:
            return
                "{event}: {count} {count|participant|participants} recorded of the {seats} seats of a provincial SHM."
        case .briefPartnerships: return "Partnerships"
        case .briefNoPartnerships: return "No partnership is recorded yet."
        case .briefPartner: return "Partner"
        case .briefPartnershipKind: return "Kind of partnership"
        case .briefSince: return "Since"
        case .briefUntil: return "Until"
        case .briefChange: return "Change"
        case .briefNew: return "new"
        case .briefCommitments: return "Commitments (follow-up plan)"
        case .briefNoCommitments:
            return
                "No commitment is recorded yet. Record each one as a COMMITS relationship from the stakeholder to the meeting where it committed (what, due, status)."
        case .briefWhat: return "What"
        case .briefDue: return "Due"
        case .briefStatus: return "Status"
        case .briefDone: return "done"
        case .briefStatusPlanned: return "planned"
        case .briefStatusInProgress: return "in progress"
        case .briefStatusDropped: return "dropped"
        case .briefReviewedAt: return "reviewed at {event}"
        case .briefGaps: return "Synergy gaps and next steps"
        case .briefNoGapsText:
            return
                "Every regency here with registered stakeholders has its library office, Bappeda and DPMPD, and the library office partnered with both."
        case .briefGapLine: return "**{regency}**: {notes}. Next steps: {steps}."
        case .briefUnregistered:
            return
                "{count} more {count|regency has|regencies have} none of the three registered yet (library office, Bappeda, DPMPD): register them first."
        case .briefReplication: return "Replication"
        case .briefReplicators:
            return
                "{count} {count|replication is|replications are} recorded here (REPLICATED_FROM); {models} role {models|model|models} here {models|has|have} been replicated."
        case .briefReplicationFigure:
            return
                "The registry records {count} of the {figure} replications the programme reported by June 2023 (village libraries in 27 provinces)."
        case .briefRoleModel: return "Role model"
        case .briefDirect: return "Replicated directly by"
        case .briefAll: return "In all (through others too)"
        case .briefGenerations: return "Generations"
        case .briefDiagram: return "Diagram"
        case .briefDiagramCaption:
            return
                "The region's stakeholders and partnerships ({count} {count|node|nodes}); synergy gaps and recommended partnerships in vermillion."
        case .briefDiagramNeedsFile:
            return "the diagram is drawn beside the brief's file: give -o FILE.md (or --format html), or --no-diagram"
        case .briefNoGraphviz: return "the brief has no diagram: Graphviz is not installed (apt-get install graphviz)"
        case .briefWrote: return "wrote the SHM brief of {place} to {file}"
        case .briefSinceNoDate: return "--since {key}: that node has no date"
        case .briefBadSince: return "--since needs a date (YYYY-MM-DD) or a meeting's key, not '{value}'"
        case .briefMonths:
            return "January,February,March,April,May,June,July,August,September,October,November,December"
        case .regionUnknown: return "no province or regency named '{name}' in the registry"
        case .regionAmbiguous: return "'{name}' names several regions ({keys}); give a key instead"
        case .jsonCommitBadTime:
            return """
                "time" of a commit record must be a date-time with its offset, such as "2026-12-02T08:23:45+07:00", not \
                '{value}'
                """
        case .jsonExpectedBoolean: return "expected true or false, not {found}"
        case .historyNoSuchTransaction: return "{path} has no transaction {tx}: its last transaction is {last}"
        case .historyNoTransactions:
            return """
                {path} has no transaction {tx}: it holds no transactions yet, only its snapshot
                """
        case .historyFoldedByCompaction:
            return """
                {path} does not keep its state as of {point}: the registry was compacted in transaction {tx}, which \
                folded the history before it into one snapshot
                """
        case .historyFoldedByCompactionOn:
            return """
                {path} does not keep its state as of {point}: the registry was compacted on {time} (transaction {tx}), \
                which folded the history before it into one snapshot
                """
        case .historyHintLog: return "'sinergi log -r REGISTRY' lists the transactions with their numbers."
        case .historyHintGitShow:
            return """
                When the registry is kept in git, an older copy of the file holds that history: git log -- REGISTRY, \
                then git show COMMIT:REGISTRY > old.jsonl.
                """
        case .optionAuthor:
            return """
                Who is writing: recorded with the transaction (default: SINERGI_AUTHOR, git's user.name, the login \
                name).
                """
        case .optionMessage: return "Why: one line recorded with the transaction, shown by the log."
        case .historyEmptyOption: return "--{name} needs a value that is not empty"
        case .historyBadSinergiDate:
            return """
                SINERGI_DATE must be a date-time with its offset, such as 2026-12-02T08:23:45+07:00, not '{value}'
                """
        case .historyBadPoint:
            return """
                --{name} takes a transaction number or a date, such as 12, 2023-08-08 or 2023-08-08T17:00+07:00, not \
                '{value}'
                """
        case .valuePoint: return "tx-or-date"
        case .historyAuthorNotRecorded: return "(author not recorded)"
        case .historyTimeNotRecorded: return "(time not recorded)"
        case .historyVerbAdded: return "added"
        case .historyVerbRemoved: return "removed"
        case .historyVerbChanged: return "changed"
        case .historyPlaceProvince: return "{name} Province"
        case .historySummaryInPlace: return "{count} {what} {verb} in {place}"
        case .historySummaryNoPlace: return "{count} {what} {verb}"
        case .historySummaryInRegions: return "{count} {what} {verb} in {regions} regions"
        case .historyNounStakeholder: return "{count|stakeholder|stakeholders}"
        case .historyNounPerson: return "{count|person|people}"
        case .historyNounEvent: return "{count|event|events}"
        case .historyNounRegion: return "{count|region|regions}"
        case .historyNounOtherNode: return "{count|entry|entries}"
        case .historyNounPartnership: return "{count|partnership|partnerships}"
        case .historyNounAttendance: return "{count|attendance|attendances}"
        case .historyNounCoordination: return "{count|coordination link|coordination links}"
        case .historyNounMentoring: return "{count|mentoring link|mentoring links}"
        case .historyNounFunding: return "{count|funding link|funding links}"
        case .historyNounReplication: return "{count|replication|replications}"
        case .historyNounMembership: return "{count|membership|memberships}"
        case .historyNounLocation: return "{count|location|locations}"
        case .historyNounRegionLink: return "{count|region link|region links}"
        case .historyNounOtherLink: return "{count|relationship|relationships}"
        case .logAbstract: return "Show the transactions of a registry: who wrote them, when, why, and what changed."
        case .logDiscussion:
            return """
                Newest first. Each transaction shows its number, time, author and message, then what it changed in the \
                programme's terms (stakeholders, partnerships, attendances…) and where. The number is what --as-of, diff\
                 --from/--to and undo take.
                """
        case .logHelpSince:
            return """
                Only transactions at or after this point: a transaction number or a date (from the start of that day).
                """
        case .logHelpUntil:
            return """
                Only transactions at or before this point: a transaction number or a date (to the end of that day).
                """
        case .logHelpAuthor: return "Only transactions whose author contains this name (case does not matter)."
        case .logHelpRegion:
            return """
                Only transactions that changed something in this region (a province, regency, district or village, as \
                people write it).
                """
        case .logHeader: return "transaction {tx} · {time} · {author}"
        case .logCreated: return "registry created: {nodes} nodes, {relationships} relationships"
        case .logCompacted:
            return """
                compacted: the history before this transaction is folded into one snapshot ({nodes} nodes, \
                {relationships} relationships)
                """
        case .logNoChange: return "no change to stakeholders or relationships"
        case .logNothingMatches: return "no transaction of {path} matches"
        case .logNoTransactions: return "{path} has no transactions yet, only its snapshot"
        case .logUnknownRegion: return "no region named '{name}' in {path}"
        case .logAuthorsAre: return "the authors in this log: {names}"
        case .diffAbstract:
            return """
                Show what differs between two registries, or two points of one: stakeholders and relationships added, \
                removed and changed.
                """
        case .diffDiscussion:
            return """
                Entities are compared by key. A changed one lists each property with its old and new value. With -r, \
                --from and --to name points of the registry's history (a transaction number or a date; --to defaults to \
                now). The summary goes to standard error; the exit code is 0 whether or not they differ. 'sinergi \
                git-setup' makes git diff show this for registries.
                """
        case .diffHelpOld: return "The older registry."
        case .diffHelpNew: return "The newer registry."
        case .diffHelpRegistry: return "One registry whose history to compare (with --from and --to)."
        case .diffHelpFrom: return "The older point of the registry's history: a transaction number or a date."
        case .diffHelpTo: return "The newer point (default: the registry now)."
        case .diffHelpGit:
            return """
                Called by git as its diff driver: the seven arguments git passes (see 'sinergi git-setup').
                """
        case .diffNeedsInputs: return "name two registries, or one with -r and --from"
        case .diffBothInputs: return "give either two registries or -r with --from, not both"
        case .diffToWithoutFrom: return "--from and --to need -r REGISTRY"
        case .diffGitArguments: return "--git takes the seven arguments git passes to a diff driver, not {count}"
        case .diffAbsent: return "(none)"
        case .diffSummary: return "{added} added, {removed} removed, {changed} changed"
        case .diffNoDifference: return "no difference"
        case .diffLabels: return "labels"
        case .diffHeader: return "registry {path}"
        case .gitSetupAbstract:
            return """
                Make git show and merge registries in the programme's terms: writes .gitattributes and the \
                repository's git config.
                """
        case .gitSetupDiscussion:
            return """
                Run it once in the repository that keeps the registry. It adds '<pattern> diff=sinergi merge=sinergi' \
                to .gitattributes (kept in git, so every clone has it) and sets diff.sinergi.command, \
                merge.sinergi.name and merge.sinergi.driver in the repository's .git/config (each clone runs git-setup \
                once). Then git diff, git show --ext-diff and git log -p --ext-diff show stakeholders and relationships \
                added, removed and changed instead of raw lines, and git merge combines two branches' transactions in \
                one journal through 'sinergi merge' (keys never collide); a real conflict stops the merge with the \
                report of both values. It also adds '<pattern>.lock' and '<pattern>.sinergi-cache' to .gitignore: \
                the lock file and binary image beside a registry never belong in git.
                """
        case .gitSetupHelpPattern: return "Which files are registries, as a .gitattributes pattern (default: *.jsonl)."
        case .gitSetupHelpProgram: return "The sinergi program git runs (default: this program's path)."
        case .gitSetupDone:
            return """
                git now shows and merges {pattern} through sinergi: .gitattributes has '{line}', diff.sinergi.command \
                is '{command}', merge.sinergi.driver is '{driver}'; .gitignore leaves out {ignored}
                """
        case .gitSetupNotARepository: return "this folder is not inside a git repository (git said: {reason})"
        case .gitSetupNoGit: return "git cannot be run: {reason}"
        case .gitSetupCannotWrite: return "cannot write {path}: {reason}"
        case .valueSize: return "size"
        case .queryHelpMaxMemory:
            return "Stop a statement that needs more memory, e.g. 512M or 4G (default: 2G)."
        case .usageMemoryAmount:
            return "option '--{name}' needs an amount of memory such as 512M or 4G, not '{value}'"
        case .queryUnknownLabel: return "label '{name}' is not in the registry: this pattern matches nothing"
        case .queryUnknownType: return "relationship type '{name}' is not in the registry: this pattern matches nothing"
        case .queryUnknownProperty: return "property '{name}' is not in the registry: it reads as null"
        case .queryNewLabel: return "label '{name}' is new to the registry; this statement adds it"
        case .queryUnlabelledNode:
            return
                "this node has no label, so it is written as no kind of stakeholder or region ('sinergi check' reports it); give it one, e.g. (:Bappeda {name: …})"
        case .queryNewType: return "relationship type '{name}' is new to the registry; this statement adds it"
        case .queryNewProperty: return "property '{name}' is new to the registry; this statement adds it"
        case .queryMisspeltLabel:
            return
                "label '{name}' is new to the registry and looks like a misspelling of '{near}'; --allow {name} writes it"
        case .queryMisspeltType:
            return
                "relationship type '{name}' is new to the registry and looks like a misspelling of '{near}'; --allow {name} writes it"
        case .queryMisspeltProperty:
            return
                "property '{name}' is new to the registry and looks like a misspelling of '{near}'; --allow {name} writes it"
        case .queryStatementNotRun: return "statement {number} (line {line}) was not run"
        case .queryHelpAllow:
            return
                "Write this label, relationship type or property although it looks like a misspelling of a known one (repeatable)."
        case .templateAbstract:
            return "Write an empty spreadsheet (CSV) with the Indonesian columns an import reads as they are."
        case .templateDiscussion:
            return """
                Without a name, lists the templates with the import that reads each back. A template is the
                header row alone: fill one row per record and import the file as it is. An existing file is not
                replaced without --force. For Excel: --delimiter ';' (Excel set to Indonesian separates columns
                with semicolons) and --bom (so that it reads the letters right). See docs/formats.md.
                """
        case .templateHelpName:
            return "The template: peserta, pertemuan, kehadiran, kemitraan, rtl or delegasi (without one: the list)."
        case .templateHelpOutput: return "Write to this file (default: NAME.csv; '-' for standard output)."
        case .templateHelpForce: return "Replace the file when it exists."
        case .csvHelpDelimiter:
            return
                "Separate the columns with this character: , ; tab | (default ','; Excel set to Indonesian reads ';')."
        case .csvHelpBOM: return "Begin the file with a UTF-8 byte-order mark, so that Excel reads its letters right."
        case .templateOutputWithoutName: return "--output needs a template name"
        case .templateUnknown: return "no template named '{name}'"
        case .templateExists: return "{path} exists already (use --force to replace it)"
        case .templateWrote: return "wrote {path}: a header row of {columns} columns"
        case .templateNext: return "fill one row per record, then: {command}"
        case .templateListHeader:
            return "Templates of the spreadsheets organizers fill ('sinergi template NAME' writes NAME.csv):"
        case .templatePeserta: return "the stakeholders: institutions with their kind, name and region, one row each"
        case .templateKehadiran: return "the attendance sheet (daftar hadir) of one meeting, one row per participant"
        case .templateKemitraan: return "partnerships between two stakeholders, with document, status and budget source"
        case .templateRTL:
            return "follow-up plans (rencana tindak lanjut) agreed at a meeting: who, what, due date, status"
        case .templateDelegasi: return "the delegates (utusan) each institution sends to a meeting, with their role"
        case .templatePertemuan: return "the meetings (SHM, PLM, Bimtek) with their date and place, one row each"
        case .csvOptionNeedsCSV: return "{option} goes with --format csv (or an output file ending in .csv)"
        case .synergyDefinitionProgramme:
            return "the programme's synergy (the library office partnered with Bappeda and with DPMPD)"
        case .synergyDefinitionTriangle:
            return "the full synergy of library office, Bappeda and DPMPD, all three partnered"
        case .gapsHelpBappedaDPMPD:
            return "synergy: also ask for the Bappeda–DPMPD partnership (default: the library office's two)."
        case .gapsNoRegions:
            return
                "{path} holds no regions: synergy gaps are counted per regency (kabupaten/kota), and this registry has none"
        case .gapsNoRegionsHint:
            return
                "start from a registry of regions, 'sinergi init -r NEW.jsonl --province NAME', and import the stakeholders into it with their kabupaten/kota: 'sinergi import -r NEW.jsonl --nodes peserta.csv' (see 'sinergi template peserta' and docs/tutorial.md)"
        // MARK: bahasa
        case .columnProvince: return "Province"
        case .columnRegency: return "Regency/city"
        case .columnVillage: return "Village"
        case .columnRegion: return "Region"
        case .columnLevel: return "Level"
        case .columnKey: return "Key"
        case .columnName: return "Name"
        case .columnKind: return "Kind"
        case .columnLabel: return "Kind"
        case .columnCount: return "Count"
        case .columnRegistered: return "Registered"
        case .columnMissingStakeholders: return "Missing stakeholders"
        case .columnMissingPartnerships: return "Missing partnerships"
        case .columnNextStep: return "Next step"
        case .columnStakeholders: return "Stakeholders"
        case .columnReason: return "Reason"
        case .columnFragile: return "Fragile point"
        case .columnCutOff: return "Would cut off"
        case .columnComponentSize: return "Component size"
        case .columnComponent: return "Component"
        case .columnSize: return "Size"
        case .columnMembers: return "Members"
        case .columnRank: return "Rank"
        case .columnStakeholder: return "Stakeholder"
        case .columnPartner: return "Partner"
        case .columnPartnerName: return "Partner's name"
        case .columnGain: return "Newly connected"
        case .columnScope: return "Scope"
        case .columnRoleModel: return "Role model"
        case .columnDirect: return "Direct replicators"
        case .columnTransitive: return "All replicators"
        case .columnGenerations: return "Generations"
        case .columnProvinces: return "Provinces reached"
        case .columnReplicators: return "Replicators"
        case .columnYear: return "Year"
        case .columnProbability: return "Probability"
        case .columnExpectedAdopters: return "Expected adopters"
        case .columnAdopters: return "Adopters"
        case .columnMarginalGain: return "Added spread"
        case .columnExpectedSpread: return "Expected spread"
        case .columnSeeds: return "Seeds"
        case .columnLink: return "Relationship"
        case .columnLower95: return "95% from"
        case .columnUpper95: return "95% to"
        case .columnExposures: return "Exposures"
        case .columnReplications: return "Replications"
        case .columnScore: return "Score"
        case .columnHops: return "Hops"
        case .columnStep: return "Step"
        case .columnVia: return "Reached by"
        case .columnCost: return "Cost so far"
        case .algorithmsNoNode: return "no node '{key}' in {registry}"
        case .centralityMeasureDegree: return "degree"
        case .centralityMeasureBetweenness: return "betweenness"
        case .centralityMeasurePageRank: return "PageRank"
        case .centralityExact: return " (exact)"
        case .centralitySampled: return " from {samples} pivots (random seed {seed})"
        case .centralityLabelled: return " labelled {label}"
        case .centralitySummary:
            return "{measure} of {nodes} {nodes|node|nodes}{labelled} over {network}; the top {top} listed"
        case .algorithmsHelpTypes: return "Relationship types to follow, comma-separated (default: {default})."
        case .algorithmsHelpDirection:
            return "Direction to follow relationships in: both, outgoing or incoming (default: {default})."
        case .algorithmsHelpThrough:
            return "Pass only through nodes with this label; '*' for every node (default: Stakeholder)."
        case .algorithmsHelpQuiet: return "Print no summary line on standard error."
        case .algorithmsDefaultTypes: return "every type but LOCATED_IN and PART_OF"
        case .algorithmsDefaultDirectionCentrality: return "both; pagerank: outgoing"
        case .algorithmsDefaultTypesGaps: return "PARTNERS_WITH; unconnected and recommend: all but LOCATED_IN, PART_OF"
        case .whatRelationshipType: return "relationship type"
        case .valueRegion: return "region"
        case .valueMethod: return "method"
        case .valueEpsilon: return "e"
        case .reachAbstract: return "List or count who is within a number of hops of one or more stakeholders."
        case .reachDiscussion:
            return """
                Follows relationships breadth-first from every --from node and lists each node reached with its
                hop distance (sources first, at 0 hops), or counts them with --by. By default every relationship
                type but LOCATED_IN and PART_OF is followed, in both directions, between stakeholders (meetings do
                not connect; --label '*' walks through every node); --by province, regency and village place the
                reached nodes through LOCATED_IN and PART_OF. In a query: CALL sinergi.reach(...).
                """
        case .reachHelpFrom: return "A node key to start from (repeat for several)."
        case .reachHelpHops: return "The most hops to go (default: 3)."
        case .reachHelpBy: return "Count by label, province, regency or village; none lists the nodes (default: none)."
        case .pathAbstract: return "Show the shortest path between two stakeholders, by hops or by a weight property."
        case .pathDiscussion:
            return """
                Prints one row per node on the path: its step, key, name and kind, the relationship type it was
                reached through and the cost so far. With --weight, relationships cost their numeric property
                (1 when they lack it) and the path of least total cost is found (Dijkstra); without, the path with
                the fewest hops. By default the path runs between stakeholders (through nodes labelled Stakeholder;
                attending the same meeting does not connect), as gaps --kind unconnected counts them; --label '*'
                passes through every node. Exits with 1 when the two are not connected. In a query: CALL
                sinergi.path(...).
                """
        case .pathHelpFrom: return "The key of the node to start from."
        case .pathHelpTo: return "The key of the node to reach."
        case .pathHelpWeight: return "A numeric relationship property to minimise (default: hops)."
        case .pathNoneThrough: return "no path from '{from}' to '{to}' over {network} through {label} nodes"
        case .gapsAbstract: return "Find the synergy gaps: missing partnerships and stakeholders per regency, and more."
        case .gapsDiscussion:
            return """
                --kind synergy (the default) prints one row per regency without the programme's synergy: its
                library office, Bappeda and DPMPD registered, and the library office partnered (PARTNERS_WITH,
                either way) with the Bappeda and with the DPMPD; --bappeda-dpmpd also asks for the
                Bappeda–DPMPD partnership. Each row says what is registered, which stakeholders are missing and
                which partnerships are missing. Regencies with none of the three registered are only counted in
                the summary unless --all is given.
                --kind unconnected: regencies and villages none of whose stakeholders has a path to Perpusnas or
                to its own provincial library office (--all adds those with no stakeholder at all).
                --kind fragile: partnerships (bridges) and stakeholders (articulation points) whose loss splits
                the network, with how many stakeholders each would cut off; the --top that cut off most.
                --kind components: the groups the partnership network falls into, isolated stakeholders too.
                --kind recommend: the --k partnerships that would connect the most stakeholders to the programme.
                A one-line summary goes to standard error. In a query: CALL sinergi.gaps.synergy({{}}) and others.
                """
        case .gapsHelpKind: return "synergy, unconnected, fragile, components or recommend (default: synergy)."
        case .gapsHelpProvince: return "Only this province (its name or key)."
        case .gapsHelpK: return "How many partnerships to recommend (default: 5)."
        case .gapsHelpTop: return "fragile: list the n that cut off most (default: 20; 0 for all)."
        case .gapsHelpAll: return "Also list regions with no stakeholder registered (synergy, unconnected)."
        case .centralityAbstract: return "Rank the stakeholders by degree, betweenness or PageRank."
        case .centralityDiscussion:
            return """
                Scores every node with --label (default: Stakeholder; '*' for every node) over every relationship
                type but LOCATED_IN and PART_OF, and prints the --top best, ties by registry order. Degree counts
                relationships; betweenness counts the shortest paths through a node (exact, or estimated from
                --samples pivots drawn with --random-seed); PageRank follows relationships forwards by default.
                Scores are rounded to 6 decimals. In a query: CALL sinergi.centrality.degree({{}}) and others.
                """
        case .centralityHelpMeasure: return "degree, betweenness or pagerank (default: degree)."
        case .centralityHelpTop: return "How many to list (default: 20)."
        case .centralityHelpSamples: return "Betweenness: estimate from this many pivots (default: exact)."
        case .centralityHelpRandomSeed: return "Betweenness: the seed that picks the pivots (default: 42)."
        case .centralityHelpLabel: return "Only nodes with this label take part (default: Stakeholder)."
        case .centralityHelpNormalized: return "Degree and betweenness: divide by the largest possible value."
        case .centralitySamplesNeedBetweenness: return "--samples and --random-seed apply to --measure betweenness"
        case .centralityNormalizedNeedsDegree: return "--normalized applies to --measure degree and betweenness"
        case .spreadAbstract: return "Follow how the programme replicates, and forecast its spread from seed villages."
        case .spreadDiscussion:
            return """
                --kind lineage (the default): per role model (roleModel: true), its direct and transitive
                replicators (REPLICATED_FROM), generations and the provinces reached; --seed-node picks others.
                --kind province / cohort: replicators per province / per cohort year.
                --kind forecast: Monte Carlo simulation (independent cascade or linear threshold) from the
                --seed-node nodes (default: the role models); one row per node that adopted in some run, with
                its adoption probability (--top N keeps the N most likely; --by province or regency sums them
                per region); the expected spread and its 95% confidence interval go to the summary line.
                --kind best-seeds: the --k candidates (--candidates LABEL, default VillageLibrary) whose example
                would spread furthest, by reverse-reachable sets with a guarantee of 1 - 1/e - epsilon of the
                best possible (--method rr, the default; --epsilon, default 0.1) or by CELF (--method celf).
                --kind calibrate: the chance that a link passes the programme on in a year, estimated by
                maximum likelihood from the replications recorded by cohort year, with its 95% interval and a
                check that forecasts the last cohort from the earlier ones; --by-type gives one per
                relationship type. --probability estimated uses the estimate in forecast and best-seeds.
                --province limits role models, seeds, candidates and the population at risk to a province;
                --exclude leaves nodes out of them. The same --random-seed gives the same numbers on every
                machine. The network is every relationship type but LOCATED_IN and PART_OF, both directions,
                unless told otherwise. In a query: CALL sinergi.spread.lineage({{}}) and others.
                """
        case .spreadHelpKind: return "lineage, province, cohort, forecast, best-seeds or calibrate (default: lineage)."
        case .spreadHelpSeedNode: return "A seed (forecast) or role model (lineage); repeat for several."
        case .spreadHelpProvince: return "Only role models, seeds, candidates in this province."
        case .spreadHelpExclude: return "Leave this node out of the role models, seeds or candidates."
        case .spreadHelpCandidates: return "best-seeds: who may be chosen (default: VillageLibrary)."
        case .spreadHelpBy: return "forecast, best-seeds: sum per province or regency."
        case .spreadHelpTop: return "forecast: list only the n most likely adopters."
        case .spreadHelpRuns: return "Simulated runs (default: 1000 for forecast, 200 for CELF)."
        case .spreadHelpRandomSeed: return "The random seed of the simulation (default: 42)."
        case .spreadHelpModel: return "ic (independent cascade) or lt (linear threshold) (default: ic)."
        case .spreadHelpProbability: return "Independent cascade: each link's chance, or 'estimated' (default: 0.1)."
        case .spreadHelpK: return "How many seeds best-seeds picks (default: 5)."
        case .spreadHelpMethod: return "best-seeds: rr or celf (default: rr)."
        case .spreadHelpEpsilon: return "best-seeds with rr: the guarantee's slack (default: 0.1)."
        case .spreadHelpByType: return "calibrate: one probability per relationship type."
        case .algorithmsUnknownNodeID: return "no node {id}"
        case .algorithmsInvalidParameter: return "invalid {name}: {reason}"
        case .algorithmsInvalidPropertyValue: return "relationship '{key}', property '{property}': {reason}"
        case .exportAbstract:
            return "Export a registry, or a part of it, as JSON lines, CSV, DOT, GraphML, GEXF, Cypher or an HTML map."
        case .exportDiscussion:
            return """
                jsonl writes a compacted snapshot (APOC export shape). csv writes neo4j-admin import files into
                the folder named by --output. dot writes a Graphviz diagram (see docs/diagrams.md); graphml and
                gexf open in Gephi, yEd and Cytoscape. html writes one self-contained interactive map (laid out by
                Graphviz; search, filters, details on click) that opens in any browser with no network. Choose a
                part with --query (every node, relationship and path in its rows), --around KEY --hops N, or
                --region NAME (a province or regency).
                With --render, the DOT is drawn by Graphviz into --output (.svg, .png or .pdf).
                jsonl -o FILE writes a complete registry (indexes and the key serial included), a copy to
                work on. An existing registry, and the registry named by -r, is never replaced without
                --force; other files (DOT, SVG, GraphML, GEXF, the files of a CSV folder) are replaced, as
                Graphviz replaces its output.
                cypher writes the statements that recreate the registry in Neo4j, Memgraph or FalkorDB (one per
                line; every key kept in sinergiKey). apoc writes APOC's own JSON lines, dates and times as text as
                apoc.export.json writes them, and prints the apoc.import.json call that restores their types.
                """
        case .exportHelpOutput: return "The file (or, for csv, the folder) to write."
        case .exportHelpQuery: return "Export what this statement returns."
        case .exportHelpAround: return "Export the neighbourhood of this node."
        case .exportHelpHops: return "With --around: how far (default: 2)."
        case .exportHelpRegion: return "Export the stakeholders of this province or regency."
        case .exportHelpForce: return "Replace --output even when it is a registry."
        case .exportQueryWrites: return "--query must only read; use 'sinergi query' to change the registry"
        case .exportCSVNeedsFolder: return "--format csv needs --output <{folder}>"
        case .exportWroteCSV:
            return
                "wrote {nodes} node {nodes|file|files} and {relationships} relationship {relationships|file|files} to {folder}"
        case .exportNeo4jHint: return "load them into Neo4j with: neo4j-admin database import full {arguments}"
        case .exportWroteCypher:
            return
                "wrote {file}: {nodes} {nodes|node|nodes} and {relationships} {relationships|relationship|relationships} as Cypher statements"
        case .exportCypherHint:
            return "run it in Neo4j with: cypher-shell -f {file}; in FalkorDB or Memgraph, send each line as one query"
        case .exportCypherMaps:
            return
                "{count} property {count|value is a map|values are maps}, which Neo4j and FalkorDB do not store as a property; --format jsonl keeps {count|it|them}"
        case .exportCypherZoned:
            return
                "{count} {count|value is a time or date-time|values are times or date-times} with a time zone, which FalkorDB does not know (Neo4j and Memgraph do)"
        case .exportCypherKeyTaken:
            return
                "'{entity}' has a property named '{property}', which the Cypher script uses for the registry key; rename that property first"
        case .exportWroteAPOC:
            return
                "wrote {file}: {nodes} {nodes|node|nodes} and {relationships} {relationships|relationship|relationships} as APOC JSON lines (dates and times as text)"
        case .exportAPOCHint: return "load it into Neo4j (file in its import folder) with: {call}"
        case .optionQuietProgress:
            return "Show no progress on standard error (the summary and warnings are still written)."
        case .adminCSVLabelSemicolon: return "label '{label}' contains ';', which separates labels in :LABEL"
        case .adminCSVEmptyPropertyName: return "a property with an empty name cannot be written as a CSV column"
        case .diagramNoNode: return "no node '{key}' in the registry"
        case .generateShareOutOfRange: return "{name} is {value}, not a share between 0 and 1"
        case .generateCohortsOutside: return "the cohorts {first}–{last} lie outside 1900–9000"
        case .generateCohortsTooFew: return "the cohorts {first}–{last} span fewer than 3 years"
        case .generateVillagesOverRegencies:
            return "{villages} village beneficiaries for {regencies} beneficiary regencies"
        case .generateTooFewVillages:
            return "{villages} village beneficiaries, fewer villages in the beneficiary regencies"
        case .generateNoRoleModel: return "province {province} has no role model old enough to copy"
        case .generateNoFreeVillage: return "no free village left in {province}"
        case .generateCannotSplit: return "cannot split {replicators} replicators over {provinces} provinces"
        case .regionTableCannotRead: return "cannot read the file"
        case .regionTableRegencyName: return "regency name '{name}' starts with neither 'Kabupaten ' nor 'Kota '"
        case .regionTableEmpty: return "the file is empty; expected the header {header}"
        case .regionTableHeader: return "header {found}, expected {header}"
        case .regionTableFieldCount: return "{count} {count|field|fields}, expected {expected}"
        case .regionTableEmptyField: return "the field {name} is empty"
        case .regionTableBadID: return "'{value}' is not a positive integer id"
        case .regionTableDuplicateID: return "duplicate id {id}"
        case .regionTableBadParentID: return "{level}: '{value}' is not a positive integer id"
        case .regionTableNoParent: return "{level} {id} does not exist"
        case .located: return "{place}: {message}"
        case .generateProvincialBeneficiaries:
            return "{wanted} provincial beneficiaries, {provinces} provinces with villages"
        case .generateRegencyBeneficiaries:
            return
                "{wanted} regency beneficiaries in {provinces} beneficiary provinces holding {regencies} regencies with villages"
        case .generateReplicatorsProvinces:
            return "{replicators} replicators in {wanted} provinces; {provinces} provinces have role models"
        case .generateReplicatorsDoNotFit:
            return "{replicators} replicators do not fit {provinces} provinces with {villages} free villages"
        // MARK: history
        case .historyBeforeCreation: return "{path} did not exist yet as of {point}: transaction 1 created it"
        case .historyBeforeCreationOn:
            return "{path} did not exist yet as of {point}: it was created on {time} (transaction 1)"
        case .optionAsOf:
            return """
                Read the registry as it was: right after transaction N, or at the end of a date (YYYY-MM-DD, on the \
                writers' clocks). Nothing is written.
                """
        case .historyAsOf: return "as of transaction {tx} · {time} · {author}"
        case .historyAsOfSnapshot: return "as of the snapshot {path} starts with, before its first transaction"
        case .historyAsOfReadOnly:
            return """
                --as-of {point} shows the registry as it was: a statement that changes it is refused, and nothing was \
                written
                """
        case .historyPointTransaction: return "transaction {tx}"
        case .undoAbstract: return "Undo a transaction: write a new one that reverses it."
        case .undoDiscussion:
            return """
                The new transaction re-creates what the transaction deleted (with the same keys, labels and \
                properties), restores what it changed and removes what it created; it is signed like every write \
                (--author, --message; the message defaults to 'undo of transaction N'), so the log shows both. An undo \
                is refused, and nothing is written, while a later transaction changed what the transaction did: the \
                error names those transactions and what each touched. An undo can itself be undone.
                """
        case .undoHelpTransaction: return "The number of the transaction to undo (see 'sinergi log')."
        case .undoHelpDryRun: return "Show what the undo would change, and write nothing."
        case .valueTransaction: return "tx"
        case .undoBadTransaction: return "undo takes the number of a transaction, such as 12, not '{value}'"
        case .undoMessage: return "undo of transaction {tx}"
        case .undoNothing:
            return """
                transaction {tx} changed no stakeholder or relationship: there is nothing to undo, and nothing was \
                written
                """
        case .undoDryRun:
            return """
                undoing transaction {tx} would make {added} added, {removed} removed, {changed} changed (--dry-run: \
                nothing was written)
                """
        case .undoDone:
            return """
                transaction {undo} undoes transaction {tx}: {added} added, {removed} removed, {changed} changed
                """
        case .undoRefused:
            return """
                cannot undo transaction {tx} of {path}: {count|a later transaction changed|later transactions changed} \
                what it did
                """
        case .undoDependent: return "transaction {tx} · {time} · {author}: {touched}"
        case .undoTouched: return "{verb} {name} [{key}]"
        case .undoTouchedProperties: return "{verb} {name} [{key}] ({properties})"
        case .undoHintLaterFirst:
            return """
                undo the later transactions first, newest first ({order}), or change those entries by hand.
                """
        case .undoCreation: return "transaction {tx} created {path}: it cannot be undone"
        case .undoCompaction:
            return """
                transaction {tx} compacted {path}, folding the history before it into one snapshot: it cannot be \
                undone
                """
        case .undoChangedMeanwhile:
            return """
                {path} changed while the undo of transaction {tx} was being prepared ({key} is no longer as transaction \
                {tx} left it); nothing was written
                """
        case .undoHintAgain: return "Run the undo again: it reads the later transactions anew."
        case .historyAsOfWithCreate:
            return "--as-of reads the past of a registry that exists; it does not go with --create"
        // MARK: planners
        case .mapSfdpNoteBoxes:
            return """
                {count} nodes: laid out with sfdp instead of dot (dot is slow above {limit} nodes); the map boxes \
                each regency and province around where sfdp put its stakeholders
                """
        // MARK: history
        case .mergeAbstract:
            return "Merge two registries by key: their transactions in one journal, every conflict reported."
        case .mergeDiscussion:
            return """
                Writes OURS with the transactions THEIRS has since the history both share (for two branches of one \
                registry: the registry where they parted), each signed as it was; registries without a shared history \
                come together by key in one transaction. A key names one entity on both sides; a generated key (n12, \
                r40) both sides handed out after they parted is renamed in theirs. A conflict — one property given two \
                values, a relationship's type or ends changed two ways, an entity removed on one side and changed or \
                connected on the other — is reported with both values, and nothing is written until every conflict is \
                resolved: --prefer ours|theirs for all, or --resolve FILE, one 'ours KEY', 'theirs KEY' or \
                'theirs KEY PROPERTY' a line. Changes to different properties of one entity combine. When the two \
                share no journal (one was compacted since they parted), --base FILE names the registry where they \
                parted, and their changes are what they changed since it. As git's merge driver (sinergi git-setup) \
                it runs as 'merge --git PATH %A %B --base %O'.
                """
        case .mergeHelpOurs: return "OURS: the registry merged into (in git: your branch)."
        case .mergeHelpTheirs: return "THEIRS: the registry merged into OURS (in git: the branch you merge)."
        case .mergeHelpOutput: return "The merged registry to write (may be OURS, with --force)."
        case .mergeHelpPrefer: return "Resolve every conflict not named in --resolve with this side: ours or theirs."
        case .mergeHelpResolve:
            return
                "A file of resolutions, one a line: 'ours KEY', 'theirs KEY' or 'theirs KEY PROPERTY' (# starts a comment)."
        case .mergeHelpForce: return "Replace the output file when it exists."
        case .mergeHelpDryRun: return "Report what the merge would do, and write nothing."
        case .mergeHelpBase:
            return "The registry where OURS and THEIRS parted (in git: %O), for when they share no journal."
        case .mergeHelpGit:
            return
                "Run as git's merge driver for the registry at PATH: write the result over OURS, stop with the report on a conflict."
        case .valueSide: return "side"
        case .mergeNeedsOutput: return "merge needs -o FILE: where to write the merged registry"
        case .mergeOutputExists: return "{path} exists; add --force to replace it, or name another file"
        case .mergeConflicts:
            return
                "cannot merge {theirs} into {ours}: {count} {count|conflict|conflicts} to resolve; nothing was written"
        case .mergeSideOurs: return "ours"
        case .mergeSideTheirs: return "theirs"
        case .mergeFileOurs: return "{path} (ours)"
        case .mergeFileTheirs: return "{path} (theirs)"
        case .mergeFileBase: return "{path} (where the branches parted)"
        case .mergeConflictProperty: return "{name} [{key}] {property}: ours {ours}, theirs {theirs} (before: {base})"
        case .mergeConflictShape:
            return "{name} [{key}]: its type or ends changed on both sides: ours {ours}, theirs {theirs}"
        case .mergeConflictRemovedChanged:
            return "{name} [{key}]: removed in {remover}, changed in {changer} ({properties})"
        case .mergeConflictRemovedConnected:
            return "{name} [{key}]: removed in {remover}, given a new relationship in {changer}"
        case .mergeHint:
            return """
                choose a side: --prefer ours or --prefer theirs for every conflict, or --resolve FILE with one line a \
                conflict ('theirs {key}', 'ours {key} PROPERTY')
                """
        case .mergeHintGit:
            return """
                the merge stopped with {path} as your branch has it. Resolve: git show :2:{path} > ours.jsonl && git \
                show :3:{path} > theirs.jsonl && sinergi merge ours.jsonl theirs.jsonl -o {path} --force --prefer \
                theirs (or ours, or --resolve FILE), then git add {path} and git commit
                """
        case .mergeDone:
            return """
                merged {theirs} into {output}: {kept} of {steps} {steps|transaction|transactions} of theirs written \
                ({range}), {conflicts} {conflicts|conflict|conflicts} resolved, {renamed} {renamed|key|keys} renamed
                """
        case .mergeDryRun:
            return """
                --dry-run: {kept} of {steps} {steps|transaction|transactions} of theirs would be written, \
                {conflicts} {conflicts|conflict|conflicts} resolved, {renamed} {renamed|key|keys} renamed; nothing was \
                written
                """
        case .mergeNothing: return "nothing to merge: {ours} already holds everything {theirs} has"
        case .mergeRenamed: return "their key {from} is {to} in the merged registry (both sides had handed out {from})"
        case .mergeMessage: return "merge of {path}"
        case .mergeResolveBadLine:
            return "{path}:{line}: a resolution is 'ours KEY', 'theirs KEY' or 'ours|theirs KEY PROPERTY', not '{text}'"
        case .mergeResolveNoConflict: return "{path}:{line}: no conflict about '{key}'"
        case .mergeResolveUnreadable: return "cannot read {path}: {reason}"
        case .mergeTransactionLine: return "transaction {tx} (theirs {theirs}) · {time} · {author}"
        case .mergeTransactionSkipped:
            return "transaction {theirs} of theirs · {time} · {author}: nothing left after the resolutions"
        case .mergeChangedMeanwhile:
            return "{path} changed while the merge ran (another writer committed); nothing was written"
        case .mergeHintAgain: return "Run the merge again: it reads both registries anew."
        case .progressDrawing: return "drawing {file} with Graphviz ({engine})"
        case .progressImporting: return "importing into {path}"
        case .progressMerging: return "merging {theirs} into {ours}"
        // MARK: planners (boxed pictures)
        case .renderSfdpNoteBoxes:
            return """
                {count} nodes: laid out with sfdp instead of dot (dot is slow above {limit} nodes), each regency \
                (or province) on its own; the picture boxes them where sfdp put them
                """
        case .renderLayoutUnreadable: return "cannot read the layout Graphviz computed for the picture"
        // MARK: lead
        case .algorithmsRuleZeroOrMore: return "must be 0 or more"
        case .algorithmsRuleAtLeast: return "must be at least {least}"
        case .algorithmsRuleUnitInterval: return "must be in [0, 1]"
        case .algorithmsRulePositive: return "must be positive"
        case .algorithmsRuleFiniteNonNegative: return "must be a finite number ≥ 0"
        case .algorithmsRuleEpsilon: return "must be above 0 and below 1 − 1/e ≈ 0.632"
        case .algorithmsRuleOpenUnitInterval: return "must be above 0 and below 1"
        case .algorithmsRuleCalibrationModel: return "calibration estimates independent-cascade probabilities"
        case .algorithmsValueMissing: return "missing"
        case .algorithmsValueNotFiniteNonNegative: return "not a finite number ≥ 0"
        case .algorithmsValueNotProbability: return "not a probability in [0, 1]"
        }
    }
}
