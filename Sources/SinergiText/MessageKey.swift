// The keys of the message catalogue: one case per text a person reads.

/// A stable key of the message catalogue.
///
/// Every key has a template in every language (`MessageKey+English.swift`,
/// `MessageKey+Indonesian.swift`); the compiler refuses a key that one catalogue lacks, and
/// `CatalogueTests` refuses templates whose placeholders differ between languages. Raw values
/// are dotted, grouped by area (`cli.`, `registry.`, `import.`, `query.`, `kind.`, …) and never
/// change once released: tests and scripts may name them.
///
/// To add a text: add a case here in its area, then its English and Indonesian templates
/// (Indonesian as the programme writes it: `shared/GLOSSARY-ID.md`).
public enum MessageKey: String, CaseIterable, Sendable, Hashable {
    // MARK: Framing shared by every command
    /// The prefix of an error line.
    case errorPrefix = "frame.error"
    /// The prefix of a warning line.
    case warningPrefix = "frame.warning"
    /// The prefix of a hint line.
    case hintPrefix = "frame.hint"
    /// A suggestion of one name.
    case didYouMean = "frame.didYouMean"
    /// A suggestion of several names.
    case didYouMeanOneOf = "frame.didYouMeanOneOf"
    /// Said after a refused write.
    case registryUnchanged = "frame.registryUnchanged"
    /// `--lang` or `SINERGI_LANG` names no language Sinergi speaks.
    case unknownLanguage = "frame.unknownLanguage"
    /// A text that comes from outside the catalogue as it is (another program's output).
    case verbatim = "frame.verbatim"
    /// The prefix of a note line.
    case notePrefix = "frame.note"
    /// A message followed by a suggestion of one name.
    case withSuggestion = "frame.withSuggestion"
    /// A message followed by a suggestion of several names.
    case withSuggestions = "frame.withSuggestions"

    // MARK: The command line's frame: help layout, usage errors, option values
    case helpOverview = "cli.help.overview"
    case helpUsage = "cli.help.usage"
    case helpArguments = "cli.help.arguments"
    case helpOptions = "cli.help.options"
    case helpSubcommands = "cli.help.subcommands"
    case helpExamples = "cli.help.examples"
    case helpHelpOption = "cli.help.helpOption"
    case helpVersionOption = "cli.help.versionOption"
    case helpLanguageOption = "cli.help.languageOption"
    case helpSeeSubcommandHelp = "cli.help.seeSubcommandHelp"
    case helpSubcommandPlaceholder = "cli.help.subcommandPlaceholder"
    case usageLine = "cli.usage.line"
    case usageSeeHelp = "cli.usage.seeHelp"
    case usageSeeRootHelp = "cli.usage.seeRootHelp"
    case usageUnknownOption = "cli.usage.unknownOption"
    case usageUnknownSubcommand = "cli.usage.unknownSubcommand"
    case usageFlagTakesNoValue = "cli.usage.flagTakesNoValue"
    case usageMissingValue = "cli.usage.missingValue"
    case usageGivenTwice = "cli.usage.givenTwice"
    case usageMissingOption = "cli.usage.missingOption"
    case usageMissingArgument = "cli.usage.missingArgument"
    case usageUnexpectedArgument = "cli.usage.unexpectedArgument"
    case usageWholeNumber = "cli.usage.wholeNumber"
    case usageAtLeast = "cli.usage.atLeast"
    case usageNumberInRange = "cli.usage.numberInRange"
    case usagePositiveNumber = "cli.usage.positiveNumber"
    case usageOneOf = "cli.usage.oneOf"
    case usageNeedsAValue = "cli.usage.needsAValue"
    case usageGoesWith = "cli.usage.goesWith"
    case usageGoesWithOneOf = "cli.usage.goesWithOneOf"
    case usageNotBoth = "cli.usage.notBoth"
    case usageChooseOne = "cli.usage.chooseOne"
    case cannotReadFile = "cli.cannotReadFile"
    case cannotWriteFile = "cli.cannotWriteFile"
    case cannotCreateFolder = "cli.cannotCreateFolder"
    case version = "cli.version"
    // Value names in the help (`-r <registry>`); some are written alike in both languages.
    case valueRegistry = "cli.value.registry"
    case valueFile = "cli.value.file"
    case valueFolder = "cli.value.folder"
    case valuePath = "cli.value.path"
    case valueFormat = "cli.value.format"
    case valueStatement = "cli.value.statement"
    case valueStatements = "cli.value.statements"
    case valueKey = "cli.value.key"
    case valueNumber = "cli.value.number"
    case valueName = "cli.value.name"
    case valueLevel = "cli.value.level"
    case valueText = "cli.value.text"
    case valuePolicy = "cli.value.policy"
    case valueScale = "cli.value.scale"
    case valueMeasure = "cli.value.measure"
    case valueLabel = "cli.value.label"
    case valueTypes = "cli.value.types"
    case valueDirection = "cli.value.direction"
    case valueGrouping = "cli.value.grouping"
    case valueKind = "cli.value.kind"
    case valueModel = "cli.value.model"
    case valueProbability = "cli.value.probability"
    case valueSeconds = "cli.value.seconds"
    case valueParameter = "cli.value.parameter"
    case valueProgram = "cli.value.program"
    case valueProperty = "cli.value.property"
    case valueLanguage = "cli.value.language"
    case valueCSV = "cli.value.csv"
    case optionRegistry = "cli.option.registry"
    case optionFormat = "cli.option.format"

    // MARK: sinergi (the root command)
    case rootAbstract = "root.abstract"
    case rootDiscussion = "root.discussion"

    // MARK: sinergi stats
    case statsAbstract = "stats.abstract"
    case statsNodes = "stats.nodes"
    case statsRelationships = "stats.relationships"
    case statsJournal = "stats.journal"
    case statsJournalTransactions = "stats.journalTransactions"
    case statsLabels = "stats.labels"
    case statsTypes = "stats.types"
    case statsIndexes = "stats.indexes"
    case statsIndex = "stats.index"

    // MARK: sinergi compact
    case compactAbstract = "compact.abstract"
    case compactDiscussion = "compact.discussion"
    case compactDone = "compact.done"

    // MARK: sinergi query
    case queryAbstract = "query.abstract"
    case queryDiscussion = "query.discussion"
    case queryHelpStatements = "query.help.statements"
    case queryHelpFile = "query.help.file"
    case queryHelpParam = "query.help.param"
    case queryHelpBail = "query.help.bail"
    case queryHelpCreate = "query.help.create"
    case queryHelpSingleTransaction = "query.help.singleTransaction"
    case queryHelpQuiet = "query.help.quiet"
    case queryHelpMaxRows = "query.help.maxRows"
    case queryHelpTimeout = "query.help.timeout"
    case queryArgumentAndFile = "query.argumentAndFile"
    case queryNoStatement = "query.noStatement"
    case queryRegistryKeptChanging = "query.registryKeptChanging"
    case queryParameterShape = "query.parameterShape"
    case queryParameterNoName = "query.parameterNoName"
    case queryParameterNotALiteral = "query.parameterNotALiteral"
    case queryParameterNotOneValue = "query.parameterNotOneValue"
    case queryRows = "query.rows"
    case queryNodesCreated = "query.nodesCreated"
    case queryNodesDeleted = "query.nodesDeleted"
    case queryRelationshipsCreated = "query.relationshipsCreated"
    case queryRelationshipsDeleted = "query.relationshipsDeleted"
    case queryPropertiesSet = "query.propertiesSet"
    case queryPropertiesRemoved = "query.propertiesRemoved"
    case queryLabelsAdded = "query.labelsAdded"
    case queryLabelsRemoved = "query.labelsRemoved"
    case queryIndexesAdded = "query.indexesAdded"
    case queryIndexesRemoved = "query.indexesRemoved"
    case queryCommitted = "query.committed"
    case queryMilliseconds = "query.milliseconds"
    case queryErrorLine = "query.errorLine"
    case queryErrorAtPlace = "query.errorAtPlace"
    case queryErrorAtFilePlace = "query.errorAtFilePlace"
    case queryErrorInStatement = "query.errorInStatement"
    case queryScriptNotApplied = "query.scriptNotApplied"
    case queryWroteFile = "query.wroteFile"
    case optionFormatOrExtension = "cli.option.formatOrExtension"
    case optionOutputRows = "cli.option.outputRows"
    case optionOutputReport = "cli.option.outputReport"
    case usageFormatFromExtension = "cli.usage.formatFromExtension"

    // MARK: sinergi shell
    case shellAbstract = "shell.abstract"
    case shellDiscussion = "shell.discussion"
    case shellHelpHistory = "shell.help.history"
    case shellBanner = "shell.banner"
    case shellCommandList = "shell.commandList"
    case shellParamShape = "shell.paramShape"
    case shellFormatNeeds = "shell.formatNeeds"
    case shellUnknownCommand = "shell.unknownCommand"
    case shellSearchPrompt = "shell.searchPrompt"
    case shellCancelled = "shell.cancelled"
    case shellTooLateToCancel = "shell.tooLateToCancel"
    case schemaLabel = "shell.schema.label"
    case schemaNodes = "shell.schema.nodes"
    case schemaType = "shell.schema.type"
    case schemaRelationships = "shell.schema.relationships"
    case schemaReadsAs = "shell.schema.readsAs"
    case schemaProperties = "shell.schema.properties"

    // MARK: sinergi generate
    case generateAbstract = "generate.abstract"
    case generateDiscussion = "generate.discussion"
    case generateHelpScale = "generate.help.scale"
    case generateHelpSeed = "generate.help.seed"
    case generateHelpProvince = "generate.help.province"
    case generateHelpRegions = "generate.help.regions"
    case generateHelpOutput = "generate.help.output"
    case generateHelpForce = "generate.help.force"
    case generateHelpQuiet = "generate.help.quiet"
    case generateSeedRange = "generate.seedRange"
    case generateWrote = "generate.wrote"
    case generateUnknownProvince = "generate.unknownProvince"
    case generateAmbiguousProvince = "generate.ambiguousProvince"
    case generateInfeasible = "generate.infeasible"
    case generateInternal = "generate.internal"

    // MARK: Progress on long work (standard error, at a terminal)
    case progressSeconds = "progress.seconds"
    case progressReading = "progress.reading"
    case progressGenerating = "progress.generating"
    case progressWriting = "progress.writing"
    case progressStatement = "progress.statement"
    case progressStatementOf = "progress.statementOf"
    case progressComputing = "progress.computing"

    // MARK: Stakeholder kinds as people read them (labels stay as they are in queries)
    case kindPerpusnas = "kind.Perpusnas"
    case kindBappenas = "kind.Bappenas"
    case kindKemendes = "kind.Kemendes"
    case kindProvincialLibraryOffice = "kind.ProvincialLibraryOffice"
    case kindRegencyLibraryOffice = "kind.RegencyLibraryOffice"
    case kindBappeda = "kind.Bappeda"
    case kindDPMPD = "kind.DPMPD"
    case kindVillageLibrary = "kind.VillageLibrary"
    case kindVillageGovernment = "kind.VillageGovernment"
    case kindSynergyTeam = "kind.SynergyTeam"
    case kindFacilitator = "kind.Facilitator"
    case kindMasterTrainer = "kind.MasterTrainer"
    case kindPartner = "kind.Partner"
    case kindPatron = "kind.Patron"
    case kindStakeholder = "kind.Stakeholder"
    case kindPerson = "kind.Person"
    case kindRegion = "kind.Region"
    case kindProvince = "kind.Province"
    case kindRegency = "kind.Regency"
    case kindDistrict = "kind.District"
    case kindVillage = "kind.Village"
    case kindEvent = "kind.Event"
    case kindBimtek = "kind.Bimtek"
    case kindPLM = "kind.PLM"
    case kindSHM = "kind.SHM"

    // MARK: Relationship types as phrases ("bermitra dengan") and as nouns ("kemitraan")
    case relationshipLOCATED_IN = "relationship.LOCATED_IN"
    case relationshipPART_OF = "relationship.PART_OF"
    case relationshipPARTNERS_WITH = "relationship.PARTNERS_WITH"
    case relationshipCOORDINATES = "relationship.COORDINATES"
    case relationshipMENTORS = "relationship.MENTORS"
    case relationshipFUNDS = "relationship.FUNDS"
    case relationshipREPLICATED_FROM = "relationship.REPLICATED_FROM"
    case relationshipATTENDED = "relationship.ATTENDED"
    case relationshipMEMBER_OF = "relationship.MEMBER_OF"
    case relationshipNounLOCATED_IN = "relationshipNoun.LOCATED_IN"
    case relationshipNounPART_OF = "relationshipNoun.PART_OF"
    case relationshipNounPARTNERS_WITH = "relationshipNoun.PARTNERS_WITH"
    case relationshipNounCOORDINATES = "relationshipNoun.COORDINATES"
    case relationshipNounMENTORS = "relationshipNoun.MENTORS"
    case relationshipNounFUNDS = "relationshipNoun.FUNDS"
    case relationshipNounREPLICATED_FROM = "relationshipNoun.REPLICATED_FROM"
    case relationshipNounATTENDED = "relationshipNoun.ATTENDED"
    case relationshipNounMEMBER_OF = "relationshipNoun.MEMBER_OF"

    case relationshipCOMMITS = "relationship.COMMITS"
    case relationshipNounCOMMITS = "relationshipNoun.COMMITS"
    // MARK: JSON lines: one registry line as text (the decoder)
    /// The line ends where a token was expected.
    case jsonLineEndsExpecting = "json.lineEndsExpecting"
    /// A token is missing.
    case jsonExpectedToken = "json.expectedToken"
    case jsonEndsInObject = "json.endsInObject"
    case jsonExpectedCommaOrBrace = "json.expectedCommaOrBrace"
    case jsonExpectedKey = "json.expectedKey"
    case jsonEndsInString = "json.endsInString"
    case jsonExpectedString = "json.expectedString"
    case jsonControlCharacter = "json.controlCharacter"
    case jsonInvalidUTF8 = "json.invalidUTF8"
    case jsonLoneBackslash = "json.loneBackslash"
    case jsonShortUnicodeEscape = "json.shortUnicodeEscape"
    case jsonUnpairedSurrogate = "json.unpairedSurrogate"
    case jsonInvalidUnicodeEscape = "json.invalidUnicodeEscape"
    case jsonUnknownEscape = "json.unknownEscape"
    case jsonExpectedInteger = "json.expectedInteger"
    case jsonEndsInList = "json.endsInList"
    case jsonExpectedCommaOrBracket = "json.expectedCommaOrBracket"
    case jsonTooDeep = "json.tooDeep"
    case jsonEndsExpectingValue = "json.endsExpectingValue"
    case jsonNullInList = "json.nullInList"
    case jsonExpectedValue = "json.expectedValue"
    case jsonKeyInvalidUTF8 = "json.keyInvalidUTF8"
    case jsonNullProperty = "json.nullProperty"
    /// A JSON object names a key twice.
    case jsonDuplicateKey = "json.duplicateKey"
    case jsonDollarKey = "json.dollarKey"
    case jsonNotATemporal = "json.notATemporal"
    case jsonNotASpecialDouble = "json.notASpecialDouble"
    case jsonUnknownTag = "json.unknownTag"
    case jsonNumberNeedsDigits = "json.numberNeedsDigits"
    case jsonNotANumber = "json.notANumber"
    case jsonIntegerOutOfRange = "json.integerOutOfRange"
    /// A float literal that would become infinity.
    case jsonFloatOutOfRange = "json.floatOutOfRange"
    /// A float literal that would become zero.
    case jsonFloatUnderflow = "json.floatUnderflow"
    case jsonEndpointWithoutId = "json.endpointWithoutId"
    /// A key written as a number (or another non-string).
    case jsonIdNotString = "json.idNotString"
    case jsonTextAfterRecord = "json.textAfterRecord"
    case jsonTextAfterValue = "json.textAfterValue"
    case jsonNoType = "json.noType"
    case jsonNodeNeedsId = "json.nodeNeedsId"
    case jsonNodeNeedsLabels = "json.nodeNeedsLabels"
    case jsonEmptyLabel = "json.emptyLabel"
    case jsonDuplicateLabel = "json.duplicateLabel"
    case jsonRelationshipNeedsId = "json.relationshipNeedsId"
    case jsonRelationshipNeedsLabel = "json.relationshipNeedsLabel"
    case jsonRelationshipNeedsEnd = "json.relationshipNeedsEnd"
    case jsonRecordNeedsTx = "json.recordNeedsTx"
    case jsonDeleteNeedsKey = "json.deleteNeedsKey"
    case jsonIndexNeedsLabelAndProperty = "json.indexNeedsLabelAndProperty"
    case jsonIndexNeedsName = "json.indexNeedsName"
    case jsonCommitNeedsLines = "json.commitNeedsLines"
    case jsonCommitBadKeys = "json.commitBadKeys"
    case jsonUnknownRecordType = "json.unknownRecordType"

    // MARK: Registry: loading and writing the registry file
    /// A command names a registry file that does not exist.
    case registryMissing = "registry.missing"
    /// How to create a registry.
    case registryMissingHint = "registry.missingHint"
    case registryExists = "registry.exists"
    /// The warning for an interrupted writer's tail.
    case registryTornTail = "registry.tornTail"
    case registryTornLastLine = "registry.tornLastLine"
    case registryTransactionWithoutCommit = "registry.transactionWithoutCommit"
    /// The file ends inside a snapshot line: it was cut short.
    case registryCutSnapshotLine = "registry.cutSnapshotLine"
    case registrySnapshotAfterJournal = "registry.snapshotAfterJournal"
    case registryCommitOfOtherTransaction = "registry.commitOfOtherTransaction"
    case registryCommitWithoutTransaction = "registry.commitWithoutTransaction"
    case registryCommitLineCount = "registry.commitLineCount"
    case registryTransactionOrder = "registry.transactionOrder"
    case registryTransactionInterleaved = "registry.transactionInterleaved"
    case registryNodeTwice = "registry.nodeTwice"
    case registryRelationshipTwice = "registry.relationshipTwice"
    case registryUnknownStart = "registry.unknownStart"
    case registryUnknownEnd = "registry.unknownEnd"
    case registryDeleteUnknownNode = "registry.deleteUnknownNode"
    case registryDeleteUnknownRelationship = "registry.deleteUnknownRelationship"
    case registryDropUndeclaredIndex = "registry.dropUndeclaredIndex"
    case registryIndexTwice = "registry.indexTwice"

    // MARK: Graph: changes the store refuses
    case graphDuplicateNodeKey = "graph.duplicateNodeKey"
    case graphDuplicateRelationshipKey = "graph.duplicateRelationshipKey"
    case graphUnknownNode = "graph.unknownNode"
    case graphUnknownRelationship = "graph.unknownRelationship"
    case graphNodeHasRelationships = "graph.nodeHasRelationships"
    case graphUnstorableValue = "graph.unstorableValue"
    case graphEmptyName = "graph.emptyName"

    // MARK: Output files
    /// An output path names the registry the command reads.
    case outputIsTheRegistry = "output.isTheRegistry"
    /// An output path names an existing registry.
    case outputIsARegistry = "output.isARegistry"
    case outputCannotWrite = "output.cannotWrite"

    // MARK: Import: reading files into a registry
    case importJournalRecord = "import.journalRecord"
    case importNodeExists = "import.nodeExists"
    case importRelationshipExists = "import.relationshipExists"
    /// One way a row differs from the entity with its key: a property (or labels, type, ends) there and here.
    case importDifference = "import.difference"
    /// A mapping file's meaning that looks like a misspelling of a known one.
    case importMappingUnknownMeaning = "import.mappingUnknownMeaning"

    case csvUnterminatedQuote = "csv.unterminatedQuote"
    case csvTextAfterQuote = "csv.textAfterQuote"
    case csvEmptyColumnName = "csv.emptyColumnName"
    case csvGroupNotAllowed = "csv.groupNotAllowed"
    case csvUnknownRegionLevel = "csv.unknownRegionLevel"
    case csvUnknownType = "csv.unknownType"
    case csvNoPropertyName = "csv.noPropertyName"
    case csvColumnNotInNodeFile = "csv.columnNotInNodeFile"
    case csvColumnNotInRelationshipFile = "csv.columnNotInRelationshipFile"
    case csvEmptyFile = "csv.emptyFile"
    case csvSeveralColumns = "csv.severalColumns"
    case csvFieldCount = "csv.fieldCount"
    case csvTwoValues = "csv.twoValues"
    case csvEmptyNodeID = "csv.emptyNodeID"
    case csvDuplicateNodeID = "csv.duplicateNodeID"
    case csvIDInTwoSpaces = "csv.idInTwoSpaces"
    case csvEmptyType = "csv.emptyType"
    case csvEmptyEnd = "csv.emptyEnd"
    case csvDuplicateRelationshipKey = "csv.duplicateRelationshipKey"
    case csvMissingEnd = "csv.missingEnd"
    case csvMissingType = "csv.missingType"
    case csvMissingEvent = "csv.missingEvent"
    case csvBadInteger = "csv.badInteger"
    case csvBadFloat = "csv.badFloat"
    case csvBadBoolean = "csv.badBoolean"
    case csvBadTemporal = "csv.badTemporal"
    case csvBadJSON = "csv.badJSON"
    case jsonNullNotStored = "json.nullNotStored"
    case attendanceMissingColumn = "attendance.missingColumn"
    case attendanceNoName = "attendance.noName"
    case attendanceNoInstitution = "attendance.noInstitution"
    case graphmlNotGraphML = "graphml.notGraphML"
    case graphmlKeyWithoutID = "graphml.keyWithoutID"
    case graphmlUnknownAttrType = "graphml.unknownAttrType"
    case graphmlBadDefault = "graphml.badDefault"
    case graphmlDuplicateKeyID = "graphml.duplicateKeyID"
    case graphmlNoGraph = "graphml.noGraph"
    case graphmlSeveralGraphs = "graphml.severalGraphs"
    case graphmlDataWithoutKey = "graphml.dataWithoutKey"
    case graphmlUnknownKey = "graphml.unknownKey"
    case graphmlBadLabels = "graphml.badLabels"
    case graphmlBadData = "graphml.badData"
    case graphmlBadValue = "graphml.badValue"
    case graphmlNodeWithoutID = "graphml.nodeWithoutID"
    case graphmlNestedGraph = "graphml.nestedGraph"
    case graphmlPort = "graphml.port"
    case graphmlDuplicateNode = "graphml.duplicateNode"
    case graphmlEdgeWithoutEnds = "graphml.edgeWithoutEnds"
    case graphmlDuplicateEdge = "graphml.duplicateEdge"
    case graphmlEmptyType = "graphml.emptyType"
    case graphmlHyperedge = "graphml.hyperedge"
    case graphmlUnexpected = "graphml.unexpected"
    case importDuplicateKey = "import.duplicateKey"
    /// A keyless row means a stakeholder that is there.
    case importNodeSameAs = "import.nodeSameAs"
    case importRowRepeats = "import.rowRepeats"
    case importRowNamesSeveral = "import.rowNamesSeveral"
    /// A keyless relationship row that is there.
    case importRelationshipSameAs = "import.relationshipSameAs"
    case importRelationshipRepeats = "import.relationshipRepeats"
    case importNoLabel = "import.noLabel"
    case importUnknownLabel = "import.unknownLabel"
    /// A jenis cell that names no kind (the glossary's example).
    case importUnknownKind = "import.unknownKind"
    case importUnknownType = "import.unknownType"
    case importNearLabel = "import.nearLabel"
    case importNearType = "import.nearType"
    case importNearColumn = "import.nearColumn"
    case importEmptyType = "import.emptyType"
    case importMissingProperty = "import.missingProperty"
    case importNotADate = "import.notADate"
    case importNotABoolean = "import.notABoolean"
    case importUnknownValue = "import.unknownValue"
    case importWrongStart = "import.wrongStart"
    case importWrongEnd = "import.wrongEnd"
    case importUnknownNodeID = "import.unknownNodeID"
    case importEndpointMissing = "import.endpointMissing"
    case importEndpointMissingWithin = "import.endpointMissingWithin"
    case importEndpointAmbiguous = "import.endpointAmbiguous"
    case importUnknownEvent = "import.unknownEvent"
    case importUnknownReference = "import.unknownReference"
    case importReferenceAmbiguous = "import.referenceAmbiguous"
    case importRegionMissing = "import.regionMissing"
    case importRegionMissingWithin = "import.regionMissingWithin"
    case importRegionAmbiguous = "import.regionAmbiguous"
    case importNoRegions = "import.noRegions"
    case importNothing = "import.nothing"
    case importCannotRead = "import.cannotRead"
    case importNotUTF8 = "import.notUTF8"
    case importMappingRow = "import.mappingRow"
    case importSummary = "import.summary"
    case importCommitted = "import.committed"
    case importNothingChanged = "import.nothingChanged"
    case importDryRunSummary = "import.dryRunSummary"
    case importReportCreate = "import.report.create"
    case importReportReplace = "import.report.replace"
    case importReportSkip = "import.report.skip"
    case importReportMatch = "import.report.match"
    case importReportNode = "import.report.node"
    case importReportNamedNode = "import.report.namedNode"
    case importReportLocation = "import.report.location"
    case importReportRelationship = "import.report.relationship"
    case importAbstract = "import.abstract"
    case importDiscussion = "import.discussion"
    case importHelpFile = "import.help.file"
    case importHelpNodes = "import.help.nodes"
    case importHelpPartnerships = "import.help.partnerships"
    case importHelpCommitments = "import.help.commitments"
    case importHelpAttendance = "import.help.attendance"
    case importHelpRelationships = "import.help.relationships"
    case importHelpEvent = "import.help.event"
    case importHelpType = "import.help.type"
    case importHelpOnConflict = "import.help.onConflict"
    case importHelpSchema = "import.help.schema"
    case importHelpAllow = "import.help.allow"
    case importHelpMapping = "import.help.mapping"
    case importHelpDelimiter = "import.help.delimiter"
    case importHelpDedup = "import.help.dedup"
    case importHelpDryRun = "import.help.dryRun"
    case importHelpCreate = "import.help.create"
    case importCounts = "import.counts"
    case importCountsMatched = "import.countsMatched"
    // MARK: Init: a new registry of regions
    /// A --province that names no province of the region data.
    case initUnknownProvince = "init.unknownProvince"
    /// What init wrote.
    case initCreated = "init.created"
    /// What to do after init.
    case initNext = "init.next"
    case initAbstract = "init.abstract"
    case initHelpProvince = "init.help.province"
    case initHelpLevel = "init.help.level"
    case initHelpForce = "init.help.force"
    case initDiscussion = "init.discussion"
    // MARK: The registry's file I/O (failures of open, read, write, fsync, rename, lock)
    /// A file of the registry could not be opened or read.
    case ioCannotRead = "registry.io.cannotRead"
    /// The registry could not be opened to append a transaction.
    case ioCannotOpenForWriting = "registry.io.cannotOpenForWriting"
    /// A new file (a registry, its temporary copy) could not be created.
    case ioCannotCreate = "registry.io.cannotCreate"
    /// Writing bytes to a file failed.
    case ioCannotWrite = "registry.io.cannotWrite"
    /// fsync of a written file failed: the bytes may not be on the disk.
    case ioCannotSync = "registry.io.cannotSync"
    /// Cutting an interrupted writer's tail off the registry failed.
    case ioCannotCutTail = "registry.io.cannotCutTail"
    /// Renaming the new copy over the registry failed.
    case ioCannotReplace = "registry.io.cannotReplace"
    /// fsync of the registry's folder failed: a new or renamed file may not survive a power cut.
    case ioCannotSyncFolder = "registry.io.cannotSyncFolder"
    /// The lock file beside the registry could not be opened or locked.
    case ioCannotLock = "registry.io.cannotLock"
    /// fstat/stat of a registry file failed.
    case ioCannotExamine = "registry.io.cannotExamine"
    /// Said after a failed commit whose partial bytes were removed.
    case ioNotCommitted = "registry.io.notCommitted"
    /// Said after a failed commit whose partial bytes could not be removed.
    case ioNotCommittedTailLeft = "registry.io.notCommittedTailLeft"
    /// Said after a failed compaction or creation: the old file is untouched.
    case ioNotReplaced = "registry.io.notReplaced"
    /// ENOSPC.
    case ioReasonDiskFull = "registry.io.reason.diskFull"
    /// EDQUOT.
    case ioReasonQuota = "registry.io.reason.quota"
    /// EIO.
    case ioReasonInputOutput = "registry.io.reason.inputOutput"
    /// EROFS.
    case ioReasonReadOnly = "registry.io.reason.readOnly"
    /// EACCES, EPERM.
    case ioReasonPermission = "registry.io.reason.permission"
    /// ENOENT.
    case ioReasonNotFound = "registry.io.reason.notFound"
    /// EISDIR, or a registry path naming a folder.
    case ioReasonNotAFile = "registry.io.reason.notAFile"
    /// write(2) returned 0 bytes for a non-empty buffer.
    case ioReasonNothingWritten = "registry.io.reason.nothingWritten"
    /// Any other errno: the system's own text.
    case ioReasonOther = "registry.io.reason.other"

    // MARK: The program's own output
    /// Standard output could not be written (a full disk, a closed file).
    case standardOutputCannotWrite = "cli.output.cannotWrite"
    // MARK: Stakeholder kinds in a few words (under a name in a diagram, in a legend)
    case kindShortPerpusnas = "kindShort.Perpusnas"
    case kindShortBappenas = "kindShort.Bappenas"
    case kindShortKemendes = "kindShort.Kemendes"
    case kindShortProvincialLibraryOffice = "kindShort.ProvincialLibraryOffice"
    case kindShortRegencyLibraryOffice = "kindShort.RegencyLibraryOffice"
    case kindShortBappeda = "kindShort.Bappeda"
    case kindShortDPMPD = "kindShort.DPMPD"
    case kindShortVillageLibrary = "kindShort.VillageLibrary"
    case kindShortVillageGovernment = "kindShort.VillageGovernment"
    case kindShortSynergyTeam = "kindShort.SynergyTeam"
    case kindShortFacilitator = "kindShort.Facilitator"
    case kindShortMasterTrainer = "kindShort.MasterTrainer"
    case kindShortPartner = "kindShort.Partner"
    case kindShortPatron = "kindShort.Patron"
    case kindShortStakeholder = "kindShort.Stakeholder"
    case kindShortPerson = "kindShort.Person"
    case kindShortRegion = "kindShort.Region"
    case kindShortProvince = "kindShort.Province"
    case kindShortRegency = "kindShort.Regency"
    case kindShortDistrict = "kindShort.District"
    case kindShortVillage = "kindShort.Village"
    case kindShortEvent = "kindShort.Event"
    case kindShortBimtek = "kindShort.Bimtek"
    case kindShortPLM = "kindShort.PLM"
    case kindShortSHM = "kindShort.SHM"

    // MARK: Diagrams (DOT, the HTML map)
    /// The legend's title.
    case diagramLegend = "diagram.legend"
    /// The legend entry of a role model.
    case diagramRoleModel = "diagram.roleModel"
    /// The legend entry of a gap.
    case diagramGap = "diagram.gap"
    /// A recommended partnership (legend entry and tooltip).
    case diagramRecommended = "diagram.recommended"
    /// The legend entry of a line standing for several relationships.
    case diagramBundle = "diagram.bundle"
    /// The tooltip of such a line.
    case diagramBundleTooltip = "diagram.bundleTooltip"
    /// A relationship's first year on an edge label.
    case diagramSince = "diagram.since"
    /// A relationship's last year on an edge label.
    case diagramUntil = "diagram.until"
    /// A legend note: nodes of some kinds were left out.
    case diagramLeftOut = "diagram.leftOut"
    /// A large diagram is drawn with sfdp.
    case diagramSfdpNote = "diagram.sfdpNote"
    /// A large diagram is drawn with sfdp, which draws no boxes.
    case diagramSfdpNoteBoxes = "diagram.sfdpNoteBoxes"
    case diagramBoxesNeedGraphviz = "diagram.boxesNeedGraphviz"

    // MARK: Diagram options, gaps, output names, render
    /// An option value is not one of its choices.
    case diagramBadChoice = "diagram.badChoice"
    /// A bad --aspect.
    case diagramBadAspect = "diagram.badAspect"
    /// A bad --size.
    case diagramBadSize = "diagram.badSize"
    /// Both --size and --aspect.
    case diagramSizeOrAspect = "diagram.sizeOrAspect"
    /// An empty list option.
    case diagramEmptyList = "diagram.emptyList"
    /// A misspelt kind.
    case diagramUnknownKind = "diagram.unknownKind"
    /// A highlight names a missing node.
    case diagramNoHighlightNode = "diagram.noHighlightNode"
    /// A diagram above the size guard.
    case diagramLarge = "diagram.large"
    /// A gap note: roles not registered.
    case gapNotRegistered = "gap.notRegistered"
    /// A gap note: pairs not partnered.
    case gapNotPartnered = "gap.notPartnered"
    /// Next step: a partnership.
    case gapStepPartner = "gap.stepPartner"
    /// Next step: invite.
    case gapStepInvite = "gap.stepInvite"
    /// Next step: register all three.
    case gapStepRegister = "gap.stepRegister"
    /// An output name whose extension does not fit the format.
    case outputWrongExtension = "output.wrongExtension"
    /// Hint: a fitting name.
    case outputTryName = "output.tryName"
    /// Hint: --render for a picture.
    case outputTryRender = "output.tryRender"
    /// A DOT file cannot be read.
    case renderCannotRead = "render.cannotRead"
    /// A diagram too large to render.
    case renderTooLarge = "render.tooLarge"
    /// --render without --output.
    case renderNeedsOutput = "render.needsOutput"
    /// A picture was drawn.
    case renderDrew = "render.drew"
    /// The drawing was scaled down a lot.
    case renderSmallText = "render.smallText"
    /// Help of --cluster-by.
    case optionClusterBy = "option.clusterBy"
    /// Help of --title.
    case optionTitle = "option.title"
    /// Help of --levels.
    case optionLevels = "option.levels"
    /// Help of --kinds.
    case optionKinds = "option.kinds"
    /// Help of --leave-out.
    case optionLeaveOut = "option.leaveOut"
    /// Help of --highlight.
    case optionHighlight = "option.highlight"
    /// Help of --rankdir.
    case optionRankdir = "option.rankdir"
    /// Help of --edge-labels.
    case optionEdgeLabels = "option.edgeLabels"
    /// Help of --no-bundle.
    case optionNoBundle = "option.noBundle"
    /// Help of --no-legend.
    case optionNoLegend = "option.noLegend"
    /// Help of --size.
    case optionSize = "option.size"
    /// Help of --aspect.
    case optionAspect = "option.aspect"
    /// Help of --engine.
    case optionEngine = "option.engine"
    /// Help of --render.
    case optionRender = "option.render"
    /// `render`'s help.
    case renderAbstract = "render.abstract"
    case renderDiscussion = "render.discussion"
    case renderFileHelp = "render.fileHelp"
    case renderOutputHelp = "render.outputHelp"
    /// Graphviz could not draw.
    case graphvizNotInstalled = "graphviz.notInstalled"
    case graphvizFailed = "graphviz.failed"
    case graphvizCrashed = "graphviz.crashed"
    case graphvizCannotWrite = "graphviz.cannotWrite"
    case graphvizCannotRun = "graphviz.cannotRun"
    case graphvizCannotRead = "graphviz.cannotRead"
    /// Help of --any-size.
    case optionAnySize = "option.anySize"
    /// Value names of the diagram options.
    case valueLevels = "cli.value.levels"
    case valueKinds = "cli.value.kinds"
    case valueHighlight = "cli.value.highlight"
    case valuePixels = "cli.value.pixels"
    case valueRatio = "cli.value.ratio"
    // MARK: Algorithms: reports of reach, gaps, spread and centrality (planners lane)
    /// A recommended partner in the same regency.
    case scopeSameRegency = "algorithms.scope.sameRegency"
    /// A recommended partner in the same province.
    case scopeSameProvince = "algorithms.scope.sameProvince"
    /// A recommended partner at the national level.
    case scopeNational = "algorithms.scope.national"
    /// Where both partners are: one regency.
    case recommendPlaceSameRegency = "algorithms.recommend.placeSameRegency"
    /// Where both partners are: one province.
    case recommendPlaceSameProvince = "algorithms.recommend.placeSameProvince"
    /// Where the partners are: the national level.
    case recommendPlaceNational = "algorithms.recommend.placeNational"
    /// The group a recommendation connects: one stakeholder.
    case recommendGroupAlone = "algorithms.recommend.groupAlone"
    /// The group a recommendation connects.
    case recommendGroup = "algorithms.recommend.group"
    /// Why a partnership is recommended (a sentence for the meeting handout).
    case recommendReason = "algorithms.recommend.reason"
    /// Why the first recommendation: its group is the largest.
    case recommendWhyLargest = "algorithms.recommend.whyLargest"
    /// Why a later recommendation: the largest group once the ones above are linked.
    case recommendWhyNext = "algorithms.recommend.whyNext"
    /// Why a region is unconnected: nobody is registered there.
    case unconnectedNoStakeholders = "algorithms.unconnected.noStakeholders"
    /// Why a region is unconnected: its stakeholders have no path.
    case unconnectedNoPath = "algorithms.unconnected.noPath"
    /// A fragile link that is a relationship.
    case fragileBridge = "algorithms.fragile.bridge"
    /// A fragile link that is a node.
    case fragileArticulationPoint = "algorithms.fragile.articulationPoint"
    /// Calibration finds no dated replication.
    case calibrationNoHistory = "algorithms.calibrate.noHistory"
    /// Calibration finds no replication the network can explain.
    case calibrationNoExposedReplication = "algorithms.calibrate.noExposedReplication"
    /// An unknown --province.
    case algorithmsNoProvince = "algorithms.noProvince"
    /// An unknown --candidates label.
    case algorithmsNoLabel = "algorithms.noLabel"
    /// The network when every relationship type is followed.
    case algorithmsEveryType = "algorithms.everyType"
    /// The default network of the algorithms.
    case algorithmsStakeholderNetwork = "algorithms.stakeholderNetwork"
    /// An option given with a kind it does not apply to.
    case algorithmsOptionAppliesTo = "algorithms.optionAppliesTo"
    /// Where a count is: a province.
    case algorithmsInPlace = "algorithms.inPlace"
    /// Where a count is: the whole registry.
    case algorithmsInRegistry = "algorithms.inRegistry"
    /// Summary of the lineage report.
    case spreadLineageSummary = "algorithms.spread.lineageSummary"
    /// Lineage rows of nodes that are not marked role models.
    case spreadLineageUnmarked = "algorithms.spread.lineageUnmarked"
    /// Summary of replicators per province.
    case spreadByProvinceSummary = "algorithms.spread.byProvinceSummary"
    /// Summary of replicators per cohort year.
    case spreadByCohortSummary = "algorithms.spread.byCohortSummary"
    /// The independent cascade model.
    case modelIndependentCascade = "algorithms.model.independentCascade"
    /// The linear threshold model.
    case modelLinearThreshold = "algorithms.model.linearThreshold"
    /// Added to a summary when the link probability was estimated.
    case spreadEstimatedNote = "algorithms.spread.estimatedNote"
    /// A forecast without seeds.
    case spreadNoSeeds = "algorithms.spread.noSeeds"
    /// Summary of a forecast.
    case spreadForecastSummary = "algorithms.spread.forecastSummary"
    /// Added when --top cut the rows.
    case algorithmsTopListed = "algorithms.topListed"
    /// Best seeds without candidates.
    case spreadNoCandidates = "algorithms.spread.noCandidates"
    /// Summary of best seeds by reverse-reachable sets.
    case spreadBestSeedsRRSummary = "algorithms.spread.bestSeedsRRSummary"
    /// Summary of best seeds by CELF.
    case spreadBestSeedsCELFSummary = "algorithms.spread.bestSeedsCELFSummary"
    /// The row of the one shared link probability.
    case calibrationEveryLink = "algorithms.calibrate.everyLink"
    /// Summary of the calibration.
    case calibrationSummary = "algorithms.calibrate.summary"
    /// The check of fit of the calibration.
    case calibrationFit = "algorithms.calibrate.fit"
    /// The calibration has one cohort year only.
    case calibrationNoFit = "algorithms.calibrate.noFit"
    /// Summary of the calibration per relationship type.
    case calibrationSummaryByType = "algorithms.calibrate.summaryByType"
    /// Added when --top cut a forecast's rows.
    case algorithmsTopAdopters = "algorithms.topAdopters"
    /// The regency library office, as the synergy report names it.
    case synergyRoleLibraryOffice = "algorithms.synergy.roleLibraryOffice"
    /// The regency Bappeda, as the synergy report names it.
    case synergyRoleBappeda = "algorithms.synergy.roleBappeda"
    /// The regency DPMPD, as the synergy report names it.
    case synergyRoleDPMPD = "algorithms.synergy.roleDPMPD"
    /// An empty list in a report cell.
    case algorithmsNone = "algorithms.none"
    /// Summary of the synergy-gap report.
    case synergySummary = "algorithms.synergy.summary"
    /// Added to the synergy summary without --all.
    case synergyUnregistered = "algorithms.synergy.unregistered"
    /// A next step: two registered roles to partner.
    case synergyStepPartner = "algorithms.synergy.stepPartner"
    /// A next step: none of the three is registered.
    case synergyStepRegisterAll = "algorithms.synergy.stepRegisterAll"
    /// A next step: roles to invite.
    case synergyStepInvite = "algorithms.synergy.stepInvite"
    /// Summary of the unconnected regions.
    case unconnectedSummary = "algorithms.unconnected.summary"
    /// Added to the unconnected summary without --all.
    case unconnectedEmptyNotListed = "algorithms.unconnected.emptyNotListed"
    /// Added to the unconnected summary with --all.
    case unconnectedEmptyListed = "algorithms.unconnected.emptyListed"
    /// Summary of the fragile links.
    case fragileSummary = "algorithms.fragile.summary"
    /// A component's members cut short.
    case componentsMore = "algorithms.components.more"
    /// Summary of the components.
    case componentsSummary = "algorithms.components.summary"
    /// Summary of the recommended partnerships.
    case recommendSummary = "algorithms.recommend.summary"
    /// Added when --top cut a forecast's regions.
    case algorithmsTopRegions = "algorithms.topRegions"
    /// Added when reach or path pass only through nodes of one label.
    case algorithmsThroughLabel = "algorithms.throughLabel"
    /// Summary of reach.
    case reachSummary = "algorithms.reach.summary"
    /// No path between two nodes.
    case pathNone = "algorithms.path.none"
    /// Summary of a path.
    case pathSummary = "algorithms.path.summary"
    /// Added to a weighted path's summary.
    case pathWeightTotal = "algorithms.path.weightTotal"

    // MARK: Check: the TPBIS schema
    case checkAbstract = "check.abstract"
    case checkDiscussion = "check.discussion"
    case checkHelpStrict = "check.help.strict"
    case checkNoProblems = "check.noProblems"
    case checkWarnings = "check.warnings"
    case schemaNoLabel = "schema.noLabel"
    case schemaUnknownLabel = "schema.unknownLabel"
    case schemaMissingFamily = "schema.missingFamily"
    case schemaMissingProperty = "schema.missingProperty"
    case schemaDanglingReference = "schema.danglingReference"
    case schemaReferenceWrongKind = "schema.referenceWrongKind"
    case schemaUnknownType = "schema.unknownType"
    case schemaWrongStart = "schema.wrongStart"
    case schemaWrongEnd = "schema.wrongEnd"
    case schemaNotADate = "schema.notADate"
    case schemaUnknownValue = "schema.unknownValue"
    case schemaEndsBeforeStart = "schema.endsBeforeStart"
    case schemaLikelyDuplicate = "schema.likelyDuplicate"

    // MARK: Query engine: checks before a statement runs
    /// A statement uses `$name` but no parameter of that name was given.
    case queryMissingParameter = "query.engine.missingParameter"
    // MARK: The HTML map (`export --format html`)
    /// The map's title when --title is not given.
    case mapTitle = "map.title"
    /// The search field.
    case mapSearchPlaceholder = "map.searchPlaceholder"
    /// The zoom-in button.
    case mapZoomIn = "map.zoomIn"
    /// The zoom-out button.
    case mapZoomOut = "map.zoomOut"
    /// The button that shows the whole map.
    case mapFit = "map.fit"
    /// How to use the map, above the filters.
    case mapHelp = "map.help"
    /// The kind filter's heading.
    case mapKinds = "map.kinds"
    /// The province filter's heading.
    case mapProvince = "map.province"
    /// The province filter's first choice.
    case mapAllProvinces = "map.allProvinces"
    /// The relationship filter's heading.
    case mapRelationships = "map.relationships"
    /// The year slider's heading.
    case mapYear = "map.year"
    /// The year slider at its right end.
    case mapAllYears = "map.allYears"
    /// The year slider on a year (the viewer fills {year}).
    case mapInYear = "map.inYear"
    /// How much the filters show (the viewer fills {shown} and {total}).
    case mapShown = "map.shown"
    /// The highlights' heading.
    case mapHighlights = "map.highlights"
    /// A search that found nothing (the viewer fills {q}).
    case mapNoMatch = "map.noMatch"
    /// A search result that is close, not exact.
    case mapCloseMatch = "map.closeMatch"
    /// The details panel's close button.
    case mapClose = "map.close"
    /// The details panel's properties heading.
    case mapProperties = "map.properties"
    /// The key row of the details panel.
    case mapKey = "map.key"
    /// The details panel's partnerships heading.
    case mapPartnerships = "map.partnerships"
    /// The details panel's other relationships heading.
    case mapOtherLinks = "map.otherLinks"
    /// An empty list in the details panel.
    case mapNone = "map.none"
    /// --format html without Graphviz.
    case mapNeedsGraphviz = "map.needsGraphviz"
    /// Graphviz's layout could not be read.
    case mapLayoutUnreadable = "map.layoutUnreadable"
    /// A map was written.
    case mapWrote = "map.wrote"

    // MARK: The SHM brief (`sinergi brief`) and region names
    /// Value name of --since.
    case valueWhen = "cli.value.when"
    /// `brief`'s one-line help.
    case briefAbstract = "brief.abstract"
    /// `brief`'s longer help.
    case briefDiscussion = "brief.discussion"
    /// Help of --region.
    case briefHelpRegion = "brief.helpRegion"
    /// Help of --since.
    case briefHelpSince = "brief.helpSince"
    /// Help of -o.
    case briefHelpOutput = "brief.helpOutput"
    /// Help of --no-diagram.
    case briefHelpNoDiagram = "brief.helpNoDiagram"
    /// The brief's title.
    case briefTitle = "brief.title"
    /// The place of a national brief.
    case briefNation = "brief.nation"
    /// The first line.
    case briefIntro = "brief.intro"
    /// The first line, with --since.
    case briefSinceIntro = "brief.sinceIntro"
    /// Heading.
    case briefSummary = "brief.summary"
    /// Summary line.
    case briefSummaryStakeholders = "brief.summaryStakeholders"
    /// Summary line.
    case briefSummaryPartnerships = "brief.summaryPartnerships"
    /// Summary line.
    case briefSummaryEvents = "brief.summaryEvents"
    /// Summary line.
    case briefSummaryCommitments = "brief.summaryCommitments"
    /// Summary line.
    case briefSummaryGaps = "brief.summaryGaps"
    /// Summary line.
    case briefSummaryNoGaps = "brief.summaryNoGaps"
    /// Summary line with --since.
    case briefSummaryChanges = "brief.summaryChanges"
    /// Heading.
    case briefStakeholders = "brief.stakeholders"
    /// An empty section.
    case briefNoStakeholders = "brief.noStakeholders"
    /// Column.
    case briefKind = "brief.kind"
    /// Column.
    case briefCount = "brief.count"
    /// Column.
    case briefName = "brief.name"
    /// Column.
    case briefRegency = "brief.regency"
    /// Rows left out of a long table.
    case briefMoreRows = "brief.moreRows"
    /// Heading.
    case briefAttendance = "brief.attendance"
    /// An empty section.
    case briefNoEvents = "brief.noEvents"
    /// Column.
    case briefEvent = "brief.event"
    /// Column.
    case briefDate = "brief.date"
    /// Column.
    case briefParticipants = "brief.participants"
    /// Column.
    case briefWho = "brief.who"
    /// Names left out of a list.
    case briefAndMore = "brief.andMore"
    /// Attendance against the seats of a provincial SHM.
    case briefSeats = "brief.seats"
    /// Heading.
    case briefPartnerships = "brief.partnerships"
    /// An empty section.
    case briefNoPartnerships = "brief.noPartnerships"
    /// Column.
    case briefPartner = "brief.partner"
    /// Column.
    case briefPartnershipKind = "brief.partnershipKind"
    /// Column.
    case briefSince = "brief.since"
    /// Column.
    case briefUntil = "brief.until"
    /// Column.
    case briefChange = "brief.change"
    /// A new entry.
    case briefNew = "brief.new"
    /// Heading.
    case briefCommitments = "brief.commitments"
    /// An empty section.
    case briefNoCommitments = "brief.noCommitments"
    /// Column.
    case briefWhat = "brief.what"
    /// Column.
    case briefDue = "brief.due"
    /// Column.
    case briefStatus = "brief.status"
    /// A commitment's status.
    case briefDone = "brief.done"
    /// A commitment's status.
    case briefStatusPlanned = "brief.statusPlanned"
    /// A commitment's status.
    case briefStatusInProgress = "brief.statusInProgress"
    /// A commitment's status.
    case briefStatusDropped = "brief.statusDropped"
    /// A commitment reviewed at a later meeting.
    case briefReviewedAt = "brief.reviewedAt"
    /// Heading.
    case briefGaps = "brief.gaps"
    /// An empty section.
    case briefNoGapsText = "brief.noGapsText"
    /// One regency's gap and next steps.
    case briefGapLine = "brief.gapLine"
    /// Regencies with none of the three registered.
    case briefUnregistered = "brief.unregistered"
    /// Heading.
    case briefReplication = "brief.replication"
    /// Replication here.
    case briefReplicators = "brief.replicators"
    /// Replication against the programme's figure.
    case briefReplicationFigure = "brief.replicationFigure"
    /// Column.
    case briefRoleModel = "brief.roleModel"
    /// Column.
    case briefDirect = "brief.direct"
    /// Column.
    case briefAll = "brief.all"
    /// Column.
    case briefGenerations = "brief.generations"
    /// Heading.
    case briefDiagram = "brief.diagram"
    /// The diagram's caption.
    case briefDiagramCaption = "brief.diagramCaption"
    /// A Markdown brief on standard output.
    case briefDiagramNeedsFile = "brief.diagramNeedsFile"
    /// No Graphviz.
    case briefNoGraphviz = "brief.noGraphviz"
    /// A brief was written.
    case briefWrote = "brief.wrote"
    /// --since names a node without a date.
    case briefSinceNoDate = "brief.sinceNoDate"
    /// A bad --since.
    case briefBadSince = "brief.badSince"
    /// The months, comma-separated, for dates in the brief.
    case briefMonths = "brief.months"
    /// No region of that name.
    case regionUnknown = "region.unknown"
    /// A name of several regions.
    case regionAmbiguous = "region.ambiguous"

    // MARK: History: who wrote what, the log, diffs, the past, undo, merges
    /// A commit record's "time" is not an ISO 8601 date-time with an offset.
    case jsonCommitBadTime = "json.commitBadTime"
    /// A field that must be true or false holds something else.
    case jsonExpectedBoolean = "json.expectedBoolean"
    /// --as-of/--from/--to/undo name a transaction the registry does not have.
    case historyNoSuchTransaction = "history.noSuchTransaction"
    /// A transaction was named but the registry has no journal at all.
    case historyNoTransactions = "history.noTransactions"
    /// The point lies before a compaction (without a recorded time).
    case historyFoldedByCompaction = "history.foldedByCompaction"
    /// The point lies before a compaction with its time.
    case historyFoldedByCompactionOn = "history.foldedByCompactionOn"
    /// After a transaction number that does not exist.
    case historyHintLog = "history.hint.log"
    /// After a point before a compaction.
    case historyHintGitShow = "history.hint.gitShow"
    /// --author: who writes the transaction.
    case optionAuthor = "cli.option.author"
    /// --message: why.
    case optionMessage = "cli.option.message"
    /// --author or --message given an empty value.
    case historyEmptyOption = "history.emptyOption"
    /// SINERGI_DATE is not a date-time with an offset.
    case historyBadSinergiDate = "history.badSinergiDate"
    /// A --as-of/--from/--to/--since value that is no point in history.
    case historyBadPoint = "history.badPoint"
    /// Placeholder of a point in history.
    case valuePoint = "cli.value.point"
    /// A transaction without an author.
    case historyAuthorNotRecorded = "history.authorNotRecorded"
    /// A transaction without a time.
    case historyTimeNotRecorded = "history.timeNotRecorded"
    /// Entities were added.
    case historyVerbAdded = "history.verb.added"
    /// Entities were removed.
    case historyVerbRemoved = "history.verb.removed"
    /// Entities were changed.
    case historyVerbChanged = "history.verb.changed"
    /// A province named in a summary.
    case historyPlaceProvince = "history.place.province"
    /// A summary line with its region.
    case historySummaryInPlace = "history.summary.inPlace"
    /// A summary line without a region.
    case historySummaryNoPlace = "history.summary.noPlace"
    /// A summary line across several regions.
    case historySummaryInRegions = "history.summary.inRegions"
    /// Counted stakeholders.
    case historyNounStakeholder = "history.noun.stakeholder"
    /// Counted people.
    case historyNounPerson = "history.noun.person"
    /// Counted events.
    case historyNounEvent = "history.noun.event"
    /// Counted regions.
    case historyNounRegion = "history.noun.region"
    /// Counted other nodes.
    case historyNounOtherNode = "history.noun.otherNode"
    /// Counted PARTNERS_WITH.
    case historyNounPartnership = "history.noun.partnership"
    /// Counted ATTENDED.
    case historyNounAttendance = "history.noun.attendance"
    /// Counted COORDINATES.
    case historyNounCoordination = "history.noun.coordination"
    /// Counted MENTORS.
    case historyNounMentoring = "history.noun.mentoring"
    /// Counted FUNDS.
    case historyNounFunding = "history.noun.funding"
    /// Counted REPLICATED_FROM.
    case historyNounReplication = "history.noun.replication"
    /// Counted MEMBER_OF.
    case historyNounMembership = "history.noun.membership"
    /// Counted LOCATED_IN.
    case historyNounLocation = "history.noun.location"
    /// Counted PART_OF.
    case historyNounRegionLink = "history.noun.regionLink"
    /// Counted other relationships.
    case historyNounOtherLink = "history.noun.otherLink"
    /// sinergi log, one line.
    case logAbstract = "log.abstract"
    /// sinergi log, the discussion.
    case logDiscussion = "log.discussion"
    /// --since.
    case logHelpSince = "log.help.since"
    /// --until.
    case logHelpUntil = "log.help.until"
    /// --author of log.
    case logHelpAuthor = "log.help.author"
    /// --region of log.
    case logHelpRegion = "log.help.region"
    /// The first line of a transaction in the log.
    case logHeader = "log.header"
    /// A registry's first, snapshot-closing transaction.
    case logCreated = "log.created"
    /// A compaction's transaction.
    case logCompacted = "log.compacted"
    /// A transaction that changed nothing visible.
    case logNoChange = "log.noChange"
    /// The filters matched no transaction.
    case logNothingMatches = "log.nothingMatches"
    /// A registry without a journal.
    case logNoTransactions = "log.noTransactions"
    /// --region names no region of the registry.
    case logUnknownRegion = "log.unknownRegion"
    /// Hint after --author matched nothing.
    case logAuthorsAre = "log.authorsAre"
    /// sinergi diff, one line.
    case diffAbstract = "diff.abstract"
    /// sinergi diff, the discussion.
    case diffDiscussion = "diff.discussion"
    /// The old registry positional.
    case diffHelpOld = "diff.help.old"
    /// The new registry positional.
    case diffHelpNew = "diff.help.new"
    /// -r of diff.
    case diffHelpRegistry = "diff.help.registry"
    /// --from.
    case diffHelpFrom = "diff.help.from"
    /// --to.
    case diffHelpTo = "diff.help.to"
    /// --git.
    case diffHelpGit = "diff.help.git"
    /// diff without what to compare.
    case diffNeedsInputs = "diff.needsInputs"
    /// diff given files and -r together.
    case diffBothInputs = "diff.bothInputs"
    /// --to/--from without -r.
    case diffToWithoutFrom = "diff.toWithoutFrom"
    /// --git with the wrong number of arguments.
    case diffGitArguments = "diff.gitArguments"
    /// A property that is not there.
    case diffAbsent = "diff.absent"
    /// What a diff found.
    case diffSummary = "diff.summary"
    /// Two equal states.
    case diffNoDifference = "diff.noDifference"
    /// A label change in a diff.
    case diffLabels = "diff.labels"
    /// The first line of a git diff driver's output.
    case diffHeader = "diff.header"
    /// sinergi git-setup, one line.
    case gitSetupAbstract = "gitSetup.abstract"
    /// sinergi git-setup, the discussion.
    case gitSetupDiscussion = "gitSetup.discussion"
    /// --pattern.
    case gitSetupHelpPattern = "gitSetup.help.pattern"
    /// --program.
    case gitSetupHelpProgram = "gitSetup.help.program"
    /// What git-setup configured.
    case gitSetupDone = "gitSetup.done"
    /// git-setup outside a repository.
    case gitSetupNotARepository = "gitSetup.notARepository"
    /// git cannot be run.
    case gitSetupNoGit = "gitSetup.noGit"
    /// .gitattributes cannot be written.
    case gitSetupCannotWrite = "gitSetup.cannotWrite"

    // MARK: engine
    /// The value name of `--max-memory`.
    case valueSize = "cli.value.size"
    /// `--max-memory`'s help.
    case queryHelpMaxMemory = "query.help.maxMemory"
    /// An option's value that names no amount of memory.
    case usageMemoryAmount = "cli.usage.memoryAmount"
    // MARK: intake
    /// A read names a label the registry has never seen.
    case queryUnknownLabel = "query.unknownLabel"
    /// A read names a relationship type the registry has never seen.
    case queryUnknownType = "query.unknownType"
    /// A read names a property key the registry has never seen.
    case queryUnknownProperty = "query.unknownProperty"
    /// A write adds a label the registry has never seen.
    case queryNewLabel = "query.newLabel"
    case queryUnlabelledNode = "query.unlabelledNode"
    /// A write adds a relationship type the registry has never seen.
    case queryNewType = "query.newType"
    /// A write adds a property key the registry has never seen.
    case queryNewProperty = "query.newProperty"
    /// A write would add a label that looks like a misspelling: refused.
    case queryMisspeltLabel = "query.misspeltLabel"
    /// A write would add a relationship type that looks like a misspelling: refused.
    case queryMisspeltType = "query.misspeltType"
    /// A write would add a property key that looks like a misspelling: refused.
    case queryMisspeltProperty = "query.misspeltProperty"
    /// A statement of a script that a misspelt name kept from running.
    case queryStatementNotRun = "query.statementNotRun"
    /// --allow for query and shell.
    case queryHelpAllow = "query.help.allow"
    /// sinergi template, one line.
    case templateAbstract = "template.abstract"
    /// sinergi template, the discussion.
    case templateDiscussion = "template.discussion"
    /// The template positional.
    case templateHelpName = "template.help.name"
    /// --output of template.
    case templateHelpOutput = "template.help.output"
    /// --force of template.
    case templateHelpForce = "template.help.force"
    /// --delimiter for CSV a command writes.
    case csvHelpDelimiter = "csv.help.delimiter"
    /// --bom for CSV a command writes.
    case csvHelpBOM = "csv.help.bom"
    /// --output without a template name.
    case templateOutputWithoutName = "template.outputWithoutName"
    /// A name that names no template.
    case templateUnknown = "template.unknown"
    /// The template's file exists.
    case templateExists = "template.exists"
    /// What template wrote.
    case templateWrote = "template.wrote"
    /// What to do with a template.
    case templateNext = "template.next"
    /// The list's first line.
    case templateListHeader = "template.listHeader"
    /// The peserta template.
    case templatePeserta = "template.peserta"
    /// The kehadiran template.
    case templateKehadiran = "template.kehadiran"
    /// The kemitraan template.
    case templateKemitraan = "template.kemitraan"
    /// The rtl template.
    case templateRTL = "template.rtl"
    /// The delegasi template.
    case templateDelegasi = "template.delegasi"
    /// The pertemuan template.
    case templatePertemuan = "template.pertemuan"
    /// --delimiter or --bom with a format other than CSV.
    case csvOptionNeedsCSV = "csv.optionNeedsCSV"
    /// The programme's synergy, in the gaps summary.
    case synergyDefinitionProgramme = "synergy.definitionProgramme"
    /// The whole triangle (--bappeda-dpmpd), in the gaps summary.
    case synergyDefinitionTriangle = "synergy.definitionTriangle"
    /// gaps --bappeda-dpmpd's help.
    case gapsHelpBappedaDPMPD = "gaps.help.bappedaDPMPD"
    /// gaps on a registry without regions.
    case gapsNoRegions = "gaps.noRegions"
    /// What to do about a registry without regions.
    case gapsNoRegionsHint = "gaps.noRegionsHint"
    // MARK: bahasa
    /// A report column: the province.
    case columnProvince = "column.province"
    /// A report column: the regency or city.
    case columnRegency = "column.regency"
    /// A report column: the village.
    case columnVillage = "column.village"
    /// A report column: the region's name.
    case columnRegion = "column.region"
    /// A report column: the region's level.
    case columnLevel = "column.level"
    /// A report column: the node's key.
    case columnKey = "column.key"
    /// A report column: the node's name.
    case columnName = "column.name"
    /// A report column: what kind of stakeholder or region a node is.
    case columnKind = "column.kind"
    /// A report column of reach --by label: the kind counted.
    case columnLabel = "column.label"
    /// A report column: how many.
    case columnCount = "column.count"
    /// gaps: the synergy stakeholders registered.
    case columnRegistered = "column.registered"
    /// gaps: the synergy stakeholders missing.
    case columnMissingStakeholders = "column.missingStakeholders"
    /// gaps: the synergy partnerships missing.
    case columnMissingPartnerships = "column.missingPartnerships"
    /// gaps: what to do next.
    case columnNextStep = "column.nextStep"
    /// unconnected: how many stakeholders the region has.
    case columnStakeholders = "column.stakeholders"
    /// Why a row is listed.
    case columnReason = "column.reason"
    /// fragile: a partnership or a stakeholder.
    case columnFragile = "column.fragile"
    /// fragile: how many stakeholders its loss cuts off.
    case columnCutOff = "column.cutOff"
    /// fragile: the size of its component.
    case columnComponentSize = "column.componentSize"
    /// components: the component's number.
    case columnComponent = "column.component"
    /// components: how many stakeholders.
    case columnSize = "column.size"
    /// components: the stakeholders in it.
    case columnMembers = "column.members"
    /// A report column: the place in the ranking.
    case columnRank = "column.rank"
    /// recommend: the stakeholder's key.
    case columnStakeholder = "column.stakeholder"
    /// recommend: the partner's key.
    case columnPartner = "column.partner"
    /// recommend: the partner's name.
    case columnPartnerName = "column.partnerName"
    /// recommend: stakeholders the partnership connects.
    case columnGain = "column.gain"
    /// recommend: same regency, province or national.
    case columnScope = "column.scope"
    /// lineage: the role model's key.
    case columnRoleModel = "column.roleModel"
    /// lineage: direct replicators.
    case columnDirect = "column.direct"
    /// lineage: all replicators, directly or through others.
    case columnTransitive = "column.transitive"
    /// lineage: how many generations.
    case columnGenerations = "column.generations"
    /// lineage: the provinces reached.
    case columnProvinces = "column.provinces"
    /// spread: how many replicated the programme.
    case columnReplicators = "column.replicators"
    /// spread --kind cohort: the cohort year.
    case columnYear = "column.year"
    /// forecast, calibrate: a probability.
    case columnProbability = "column.probability"
    /// forecast --by: the expected adopters in the region.
    case columnExpectedAdopters = "column.expectedAdopters"
    /// forecast --by: the nodes that adopted in some run.
    case columnAdopters = "column.adopters"
    /// best-seeds: what the seed adds to the spread.
    case columnMarginalGain = "column.marginalGain"
    /// best-seeds: the expected spread with the seeds so far.
    case columnExpectedSpread = "column.expectedSpread"
    /// best-seeds --by: seeds in the region.
    case columnSeeds = "column.seeds"
    /// calibrate: the relationship type.
    case columnLink = "column.link"
    /// calibrate: the lower end of the 95% interval.
    case columnLower95 = "column.lower95"
    /// calibrate: the upper end of the 95% interval.
    case columnUpper95 = "column.upper95"
    /// calibrate: the exposures counted.
    case columnExposures = "column.exposures"
    /// calibrate: the replications explained.
    case columnReplications = "column.replications"
    /// centrality: the score.
    case columnScore = "column.score"
    /// reach: the hop distance.
    case columnHops = "column.hops"
    /// path: the step number.
    case columnStep = "column.step"
    /// path: how the node was reached.
    case columnVia = "column.via"
    /// path: the cost so far.
    case columnCost = "column.cost"
    /// An algorithm command given a key no node has.
    case algorithmsNoNode = "algorithms.noNode"
    /// The degree measure in the centrality summary.
    case centralityMeasureDegree = "centrality.measure.degree"
    /// The betweenness measure in the centrality summary.
    case centralityMeasureBetweenness = "centrality.measure.betweenness"
    /// The PageRank measure in the centrality summary.
    case centralityMeasurePageRank = "centrality.measure.pagerank"
    /// Betweenness computed exactly.
    case centralityExact = "centrality.exact"
    /// Betweenness estimated from pivots.
    case centralitySampled = "centrality.sampled"
    /// The label the ranked nodes carry.
    case centralityLabelled = "centrality.labelled"
    /// What centrality ranked.
    case centralitySummary = "centrality.summary"
    /// --types of the algorithm commands.
    case algorithmsHelpTypes = "algorithms.help.types"
    /// --direction of the algorithm commands.
    case algorithmsHelpDirection = "algorithms.help.direction"
    /// --label of reach and path.
    case algorithmsHelpThrough = "algorithms.help.through"
    /// --quiet of the algorithm commands.
    case algorithmsHelpQuiet = "algorithms.help.quiet"
    /// The default network: every type but the region links.
    case algorithmsDefaultTypes = "algorithms.default.types"
    /// centrality's default direction.
    case algorithmsDefaultDirectionCentrality = "algorithms.default.directionCentrality"
    /// gaps' default types.
    case algorithmsDefaultTypesGaps = "algorithms.default.typesGaps"
    /// What a list option needs at least one of.
    case whatRelationshipType = "what.relationshipType"
    /// The placeholder of a region level option.
    case valueRegion = "cli.value.region"
    /// The placeholder of --method.
    case valueMethod = "cli.value.method"
    /// The placeholder of --epsilon.
    case valueEpsilon = "cli.value.epsilon"
    case reachAbstract = "reach.abstract"
    case reachDiscussion = "reach.discussion"
    case reachHelpFrom = "reach.help.from"
    case reachHelpHops = "reach.help.hops"
    case reachHelpBy = "reach.help.by"
    case pathAbstract = "path.abstract"
    case pathDiscussion = "path.discussion"
    case pathHelpFrom = "path.help.from"
    case pathHelpTo = "path.help.to"
    case pathHelpWeight = "path.help.weight"
    /// No path, through nodes of a label.
    case pathNoneThrough = "path.noneThrough"
    case gapsAbstract = "gaps.abstract"
    case gapsDiscussion = "gaps.discussion"
    case gapsHelpKind = "gaps.help.kind"
    case gapsHelpProvince = "gaps.help.province"
    case gapsHelpK = "gaps.help.k"
    case gapsHelpTop = "gaps.help.top"
    case gapsHelpAll = "gaps.help.all"
    case centralityAbstract = "centrality.abstract"
    case centralityDiscussion = "centrality.discussion"
    case centralityHelpMeasure = "centrality.help.measure"
    case centralityHelpTop = "centrality.help.top"
    case centralityHelpSamples = "centrality.help.samples"
    case centralityHelpRandomSeed = "centrality.help.randomSeed"
    case centralityHelpLabel = "centrality.help.label"
    case centralityHelpNormalized = "centrality.help.normalized"
    case centralitySamplesNeedBetweenness = "centrality.samplesNeedBetweenness"
    case centralityNormalizedNeedsDegree = "centrality.normalizedNeedsDegree"
    case spreadAbstract = "spread.abstract"
    case spreadDiscussion = "spread.discussion"
    case spreadHelpKind = "spread.help.kind"
    case spreadHelpSeedNode = "spread.help.seedNode"
    case spreadHelpProvince = "spread.help.province"
    case spreadHelpExclude = "spread.help.exclude"
    case spreadHelpCandidates = "spread.help.candidates"
    case spreadHelpBy = "spread.help.by"
    case spreadHelpTop = "spread.help.top"
    case spreadHelpRuns = "spread.help.runs"
    case spreadHelpRandomSeed = "spread.help.randomSeed"
    case spreadHelpModel = "spread.help.model"
    case spreadHelpProbability = "spread.help.probability"
    case spreadHelpK = "spread.help.k"
    case spreadHelpMethod = "spread.help.method"
    case spreadHelpEpsilon = "spread.help.epsilon"
    case spreadHelpByType = "spread.help.byType"
    /// An algorithm given a node id the snapshot lacks.
    case algorithmsUnknownNodeID = "algorithms.unknownNodeID"
    /// An algorithm parameter out of its range.
    case algorithmsInvalidParameter = "algorithms.invalidParameter"
    /// A relationship property unusable as a weight or probability.
    case algorithmsInvalidPropertyValue = "algorithms.invalidPropertyValue"
    case exportAbstract = "export.abstract"
    case exportDiscussion = "export.discussion"
    case exportHelpOutput = "export.help.output"
    case exportHelpQuery = "export.help.query"
    case exportHelpAround = "export.help.around"
    case exportHelpHops = "export.help.hops"
    case exportHelpRegion = "export.help.region"
    case exportHelpForce = "export.help.force"
    /// export --query given a statement that writes.
    case exportQueryWrites = "export.queryWrites"
    /// export --format csv without --output.
    case exportCSVNeedsFolder = "export.csvNeedsFolder"
    /// export --format csv: what was written.
    case exportWroteCSV = "export.wroteCSV"
    /// export --format csv: how to load the files into Neo4j.
    case exportNeo4jHint = "export.neo4jHint"
    /// export --format cypher: what the script holds.
    case exportWroteCypher = "export.wroteCypher"
    /// export --format cypher: how to run the script in a server engine.
    case exportCypherHint = "export.cypherHint"
    /// export --format cypher: map values a server engine will refuse as properties.
    case exportCypherMaps = "export.cypherMaps"
    /// export --format cypher: zoned times and date-times FalkorDB cannot read.
    case exportCypherZoned = "export.cypherZoned"
    /// export --format cypher: an entity already has the property that carries the key.
    case exportCypherKeyTaken = "export.cypherKeyTaken"
    /// export --format apoc: what the lines hold.
    case exportWroteAPOC = "export.wroteAPOC"
    /// export --format apoc: the apoc.import.json call that reads the lines back with their types.
    case exportAPOCHint = "export.apocHint"
    /// --quiet on a command that shows progress.
    case optionQuietProgress = "option.quietProgress"
    /// A label the CSV export cannot write.
    case adminCSVLabelSemicolon = "adminCSV.labelSemicolon"
    /// A property the CSV export cannot write.
    case adminCSVEmptyPropertyName = "adminCSV.emptyPropertyName"
    /// --around names no node.
    case diagramNoNode = "diagram.noNode"
    /// A programme parameter that must be a share.
    case generateShareOutOfRange = "generate.shareOutOfRange"
    case generateCohortsOutside = "generate.cohortsOutside"
    case generateCohortsTooFew = "generate.cohortsTooFew"
    case generateVillagesOverRegencies = "generate.villagesOverRegencies"
    case generateTooFewVillages = "generate.tooFewVillages"
    case generateNoRoleModel = "generate.noRoleModel"
    case generateNoFreeVillage = "generate.noFreeVillage"
    case generateCannotSplit = "generate.cannotSplit"
    case regionTableCannotRead = "regionTable.cannotRead"
    case regionTableRegencyName = "regionTable.regencyName"
    case regionTableEmpty = "regionTable.empty"
    case regionTableHeader = "regionTable.header"
    case regionTableFieldCount = "regionTable.fieldCount"
    case regionTableEmptyField = "regionTable.emptyField"
    case regionTableBadID = "regionTable.badID"
    case regionTableDuplicateID = "regionTable.duplicateID"
    case regionTableBadParentID = "regionTable.badParentID"
    case regionTableNoParent = "regionTable.noParent"
    /// A message placed in a file: `FILE:LINE[:COLUMN]: message`.
    case located = "frame.located"
    case generateProvincialBeneficiaries = "generate.provincialBeneficiaries"
    case generateRegencyBeneficiaries = "generate.regencyBeneficiaries"
    case generateReplicatorsProvinces = "generate.replicatorsProvinces"
    case generateReplicatorsDoNotFit = "generate.replicatorsDoNotFit"
    // MARK: history
    /// The point lies before the registry was created.
    case historyBeforeCreation = "history.beforeCreation"
    /// The point lies before the registry was created, with the time it was.
    case historyBeforeCreationOn = "history.beforeCreationOn"
    /// --as-of on the read commands.
    case optionAsOf = "cli.option.asOf"
    /// Standard error of a read --as-of: which transaction the point named.
    case historyAsOf = "history.asOf"
    /// Standard error of a read --as-of that named the snapshot before any transaction.
    case historyAsOfSnapshot = "history.asOfSnapshot"
    /// A statement that writes, run --as-of.
    case historyAsOfReadOnly = "history.asOfReadOnly"
    /// --as-of with --create.
    case historyAsOfWithCreate = "history.asOfWithCreate"
    /// A transaction as a point in history.
    case historyPointTransaction = "history.pointTransaction"
    /// sinergi undo, one line.
    case undoAbstract = "undo.abstract"
    /// sinergi undo, the discussion.
    case undoDiscussion = "undo.discussion"
    /// The transaction positional.
    case undoHelpTransaction = "undo.help.transaction"
    /// --dry-run.
    case undoHelpDryRun = "undo.help.dryRun"
    /// Placeholder of a transaction number.
    case valueTransaction = "cli.value.transaction"
    /// undo given something that is not a transaction number.
    case undoBadTransaction = "undo.badTransaction"
    /// The message an undo's transaction carries by default.
    case undoMessage = "undo.message"
    /// The transaction changed nothing.
    case undoNothing = "undo.nothing"
    /// What --dry-run found.
    case undoDryRun = "undo.dryRun"
    /// What the undo wrote.
    case undoDone = "undo.done"
    /// Later transactions depend on the one to undo.
    case undoRefused = "undo.refused"
    /// One later transaction that depends on it.
    case undoDependent = "undo.dependent"
    /// One entity a later transaction touched.
    case undoTouched = "undo.touched"
    /// One entity a later transaction changed, with the properties it changed.
    case undoTouchedProperties = "undo.touched.properties"
    /// After a refusal: undo the later ones first.
    case undoHintLaterFirst = "undo.hint.laterFirst"
    /// Undo of init's transaction.
    case undoCreation = "undo.creation"
    /// Undo of a compaction.
    case undoCompaction = "undo.compaction"
    /// A writer changed an entity while the undo was prepared.
    case undoChangedMeanwhile = "undo.changedMeanwhile"
    /// After a race: run it again.
    case undoHintAgain = "undo.hint.again"
    // MARK: planners
    /// A large HTML map laid out with sfdp: the boxes are drawn after the layout.
    case mapSfdpNoteBoxes = "map.sfdpNoteBoxes"
    // MARK: history
    /// What merge does, in one line.
    case mergeAbstract = "merge.abstract"
    /// How merge matches, renames and reports.
    case mergeDiscussion = "merge.discussion"
    /// The first registry.
    case mergeHelpOurs = "merge.help.ours"
    /// The second registry.
    case mergeHelpTheirs = "merge.help.theirs"
    /// -o FILE.
    case mergeHelpOutput = "merge.help.output"
    /// --prefer ours|theirs.
    case mergeHelpPrefer = "merge.help.prefer"
    /// --resolve FILE.
    case mergeHelpResolve = "merge.help.resolve"
    /// --force.
    case mergeHelpForce = "merge.help.force"
    /// --dry-run.
    case mergeHelpDryRun = "merge.help.dryRun"
    /// --git PATH: run as git's merge driver.
    case mergeHelpGit = "merge.help.git"
    case mergeHelpBase = "merge.help.base"
    /// The value name of --prefer.
    case valueSide = "cli.value.side"
    /// No -o (and no --git).
    case mergeNeedsOutput = "merge.needsOutput"
    /// The output exists, without --force.
    case mergeOutputExists = "merge.outputExists"
    /// The merge stops: conflicts to resolve.
    case mergeConflicts = "merge.conflicts"
    /// The word for ours, with its file.
    case mergeSideOurs = "merge.side.ours"
    /// The word for theirs, with its file.
    case mergeSideTheirs = "merge.side.theirs"
    /// In git, the registry's path with the word for ours.
    case mergeFileOurs = "merge.file.ours"
    /// In git, the registry's path with the word for theirs.
    case mergeFileTheirs = "merge.file.theirs"
    case mergeFileBase = "merge.file.base"
    /// A property given two values.
    case mergeConflictProperty = "merge.conflict.property"
    /// A relationship reshaped two ways.
    case mergeConflictShape = "merge.conflict.shape"
    /// Removed on one side, changed on the other.
    case mergeConflictRemovedChanged = "merge.conflict.removedChanged"
    /// Removed on one side, connected on the other.
    case mergeConflictRemovedConnected = "merge.conflict.removedConnected"
    /// How to resolve conflicts.
    case mergeHint = "merge.hint"
    /// How to resolve conflicts git stopped at.
    case mergeHintGit = "merge.hint.git"
    /// What the merge wrote.
    case mergeDone = "merge.done"
    /// What the merge would write.
    case mergeDryRun = "merge.dryRun"
    /// Theirs brought nothing new.
    case mergeNothing = "merge.nothing"
    /// Their keys renamed.
    case mergeRenamed = "merge.renamed"
    /// The message of their registry's single transaction.
    case mergeMessage = "merge.message"
    /// A line of the resolution file that is not a resolution.
    case mergeResolveBadLine = "merge.resolve.badLine"
    /// A resolution naming no conflict.
    case mergeResolveNoConflict = "merge.resolve.noConflict"
    /// The resolution file cannot be read.
    case mergeResolveUnreadable = "merge.resolve.unreadable"
    /// One of their transactions, as replayed.
    case mergeTransactionLine = "merge.transactionLine"
    /// One of their transactions of which nothing was kept.
    case mergeTransactionSkipped = "merge.transactionSkipped"
    /// The output changed while the merge ran.
    case mergeChangedMeanwhile = "merge.changedMeanwhile"
    /// After a race: run the merge again.
    case mergeHintAgain = "merge.hint.again"
    /// Progress while Graphviz draws a diagram.
    case progressDrawing = "progress.drawing"
    /// Progress while an import is planned, applied and written.
    case progressImporting = "progress.importing"
    case progressMerging = "progress.merging"
    // MARK: planners (boxed pictures)
    /// A large picture laid out with sfdp: each region laid out on its own and boxed.
    case renderSfdpNoteBoxes = "render.sfdpNoteBoxes"
    /// The layout of a boxed picture's first Graphviz run could not be read.
    case renderLayoutUnreadable = "render.layoutUnreadable"

    // MARK: lead (why an algorithm refused a parameter or a property value)
    /// A parameter below 0.
    case algorithmsRuleZeroOrMore = "algorithms.rule.zeroOrMore"
    /// A parameter below its least value {least}.
    case algorithmsRuleAtLeast = "algorithms.rule.atLeast"
    /// A parameter outside [0, 1].
    case algorithmsRuleUnitInterval = "algorithms.rule.unitInterval"
    /// A parameter that must be above 0.
    case algorithmsRulePositive = "algorithms.rule.positive"
    /// A parameter that must be a finite number ≥ 0.
    case algorithmsRuleFiniteNonNegative = "algorithms.rule.finiteNonNegative"
    /// The best-seeds guarantee's ε outside (0, 1 − 1/e).
    case algorithmsRuleEpsilon = "algorithms.rule.epsilon"
    /// A parameter outside (0, 1).
    case algorithmsRuleOpenUnitInterval = "algorithms.rule.openUnitInterval"
    /// Calibration asked for the linear-threshold model.
    case algorithmsRuleCalibrationModel = "algorithms.rule.calibrationModel"
    /// A relationship lacks the weight property.
    case algorithmsValueMissing = "algorithms.value.missing"
    /// A weight that is not a finite number ≥ 0.
    case algorithmsValueNotFiniteNonNegative = "algorithms.value.notFiniteNonNegative"
    /// A probability outside [0, 1].
    case algorithmsValueNotProbability = "algorithms.value.notProbability"
}

extension MessageKey {
    /// The template of this key in `language`.
    ///
    /// - Complexity: O(1).
    public func template(_ language: Language) -> String {
        switch language {
        case .en: return english
        case .id: return indonesian
        }
    }
}
