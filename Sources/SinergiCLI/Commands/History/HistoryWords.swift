// The words of the history commands: points in history as options, a commit's who and when,
// change categories and summary lines in the run's language.
import SinergiFormats
import SinergiGraph
import SinergiRegistry
import SinergiText

extension Option where Value == HistoryPoint {
    /// A point in a registry's history: a transaction number or a date (`HistoryPoint(parsing:)`).
    static func point(_ long: String, help: Message) -> Option<HistoryPoint> {
        Option(OptionSpec(long, value: .valuePoint, help: help)) { text throws(CLIError) in
            guard let point = HistoryPoint(parsing: text) else {
                throw .usage(.historyBadPoint, ["name": .text(long), "value": .text(text)])
            }
            return point
        }
    }
}

/// How the history commands word what they show.
enum HistoryWords {
    /// A commit's time as people read it, or "(time not recorded)".
    static func time(_ signature: CommitSignature, _ language: Language) -> String {
        signature.time.map(HistoryText.time) ?? Message(.historyTimeNotRecorded).text(language)
    }

    /// A commit's author, or "(author not recorded)".
    static func author(_ signature: CommitSignature, _ language: Language) -> String {
        signature.author ?? Message(.historyAuthorNotRecorded).text(language)
    }

    /// The noun of a category, for `count` of them.
    static func noun(_ category: ChangeCategory, count: Int, _ language: Language) -> String {
        let key: MessageKey
        switch category {
        case .stakeholder: key = .historyNounStakeholder
        case .person: key = .historyNounPerson
        case .event: key = .historyNounEvent
        case .region: key = .historyNounRegion
        case .otherNode: key = .historyNounOtherNode
        case .partnership: key = .historyNounPartnership
        case .attendance: key = .historyNounAttendance
        case .coordination: key = .historyNounCoordination
        case .mentoring: key = .historyNounMentoring
        case .funding: key = .historyNounFunding
        case .replication: key = .historyNounReplication
        case .membership: key = .historyNounMembership
        case .location: key = .historyNounLocation
        case .regionLink: key = .historyNounRegionLink
        case .otherLink: key = .historyNounOtherLink
        }
        return Message(key, ["count": .int(count)]).text(language)
    }

    /// "added", "removed", "changed".
    static func verb(_ kind: RegistryChange.Kind, _ language: Language) -> String {
        switch kind {
        case .added: return Message(.historyVerbAdded).text(language)
        case .removed: return Message(.historyVerbRemoved).text(language)
        case .changed: return Message(.historyVerbChanged).text(language)
        }
    }

    /// A region as a summary names it: a regency's or village's own name, "Provinsi Aceh".
    static func region(_ region: PlaceRegion, _ language: Language) -> String {
        region.level == "Province"
            ? Message(.historyPlaceProvince, ["name": .text(region.name)]).text(language) : region.name
    }

    /// One summary line: "3 partnerships added in Kabupaten Deli Serdang".
    static func line(_ line: ChangeSummaryLine, _ language: Language) -> String {
        let text = plainLine(line, language)
        return line.properties.isEmpty ? text : text + " (" + line.properties.joined(separator: ", ") + ")"
    }

    static func plainLine(_ line: ChangeSummaryLine, _ language: Language) -> String {
        let common: [String: MessageArgument] = [
            "count": .count(line.count), "what": .text(noun(line.category, count: line.count, language)),
            "verb": .text(verb(line.kind, language)),
        ]
        if let region = line.region {
            return Message(
                .historySummaryInPlace, common.merging(["place": .text(Self.region(region, language))]) { a, _ in a }
            )
            .text(language)
        }
        if line.regions > 1 {
            return Message(.historySummaryInRegions, common.merging(["regions": .count(line.regions)]) { a, _ in a })
                .text(language)
        }
        return Message(.historySummaryNoPlace, common).text(language)
    }

    /// A JSON string literal.
    static func json(_ text: String) -> String {
        var out: [UInt8] = []
        JSONLineEncoder.appendString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
