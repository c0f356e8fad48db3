package io.followupbot.drafts;

import io.followupbot.dates.WordTable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases and words the checker looks for. Kept in one place so a reviewer can read them at a glance; the long
 * table of typos is data, in {@code /words/typos.txt}.
 */
final class Wordlists {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Demands, ultimatums and impatience, matched anywhere. */
    static final List<Pattern> PUSHY = List.of(
            Pattern.compile("\\bI (?:really )?need (?:to hear|an answer|a decision|a response|a reply|your answer|your decision|to know)\\b", CI),
            Pattern.compile("\\bI (?:expect|demand|insist on) (?:a |an |your )?(?:decision|answer|response|reply|update|to hear)\\b", CI),
            Pattern.compile("\\bI (?:demand|insist)\\b", CI),
            Pattern.compile("\\bA\\.?S\\.?A\\.?P\\b\\.?", CI),
            Pattern.compile("\\byou must\\b", CI),
            Pattern.compile("\\b(?:final|last) chance\\b", CI),
            Pattern.compile("\\bwhy (?:haven't|have not|hasn't|has not|didn't|did not|won't|will not) (?:you|anyone|your)\\b", CI),
            Pattern.compile("\\bif I (?:don't|do not|haven't|have not) (?:hear|get|receive|heard)[^.!?\\n]*\\b(?:I will|I'll|I shall)\\b", CI),
            Pattern.compile("\\b(?:otherwise|or else) I (?:will|shall)\\b", CI),
            Pattern.compile("\\bI(?:'ve| have) been waiting\\b", CI),
            Pattern.compile("\\bfailure to (?:respond|reply|answer)\\b", CI),
            Pattern.compile("\\bI deserve (?:a|an) (?:answer|response|reply|decision)\\b", CI),
            Pattern.compile("\\bby (?:EOD|COB|end of (?:the )?day|close of business)\\b", CI));

    /** "As soon as possible" or "immediately" is only pushy when it is about their answer. */
    static final Pattern URGENT = Pattern.compile("\\b(?:as soon as possible|immediately|right away|urgently)\\b", CI);
    static final Pattern ABOUT_THEIR_ANSWER = Pattern.compile(
            "\\b(?:reply|respond|response|answer|decision|decide|let me know|get back|hear|update|tell me)\\b", CI);

    /** Slang and chat shorthand; case-insensitive words. */
    static final Pattern INFORMAL_WORDS = Pattern.compile("\\b(?:hey|heya|hiya|yo|lol|lmao|omg|gonna|wanna|gotta|kinda|sorta"
            + "|thx|thanx|tnx|btw|imo|imho|tbh|pls|plz|cuz|coz|yeah|yep|yup|nope|dude|bro|awesome|whats up|what's up"
            + "|sup|ttyl|np)\\b", CI);
    /** Lower-case chat shorthand: "u", "ur", "r", "i" used as words. */
    static final Pattern INFORMAL_SHORTHAND = Pattern.compile("(?<![\\p{L}\\p{N}'’.-])(?:u|ur|r|i)(?=[ ,!?]|$)", Pattern.MULTILINE);

    static final Pattern EMOTICON = Pattern.compile("(?<![\\p{L}\\p{N}])[:;=]-?[)(DPp](?![\\p{L}\\p{N}])|<3");

    static final List<Pattern> PLACEHOLDERS = List.of(
            Pattern.compile("\\[[^\\]\\n]{1,60}\\]"),
            Pattern.compile("<[A-Za-z][A-Za-z _'-]{0,40}>"),
            Pattern.compile("\\{\\{[^}\\n]*\\}\\}"),
            Pattern.compile("\\{[A-Za-z_ ]{1,40}\\}"),
            Pattern.compile("\\b[Xx]{2,}\\b"),
            Pattern.compile("\\b(?:TODO|TBD|FIXME)\\b"),
            Pattern.compile("\\binsert (?:your |the )?[\\w ]{1,20} here\\b", CI),
            Pattern.compile("_{3,}"),
            Pattern.compile("\\blorem ipsum\\b", CI));

    /**
     * Joins a reader stumbles on, found by rendering 240 member answers into every template before answers were
     * shaped: a clause, a question or a chat preamble dropped into a sentence as typed.
     */
    static final List<Pattern> BAD_JOINS = List.of(
            Pattern.compile("\\b(?:about|because of|described|discussing|regarding) (?:she|he|they|we|i|you) "
                    + "(?:described|explained|mentioned|said|told|talked|asked|showed|walked|is|was|are|were|has|have)\\b", CI),
            Pattern.compile("\\b(?:about|because of|described|discussing) (?:that|because|if|but) (?:she|he|they|we|i|you|the)\\b", CI),
            Pattern.compile("\\babout (?:is|are|was|were|do|does|did|can|could|would|will|should) "
                    + "(?:you|they|she|he|we|i|the)\\b", CI),
            Pattern.compile("\\babout (?:how|what|why|when|where|whether) (?:do|does|did|is|are|can|would|will) "
                    + "(?:you|they|she|he|we|i)\\b", CI),
            Pattern.compile("\\b(?:about|on) (?:about|re|talking about|discussing|what stood out)\\b", CI),
            Pattern.compile("\\b(?:answers|add)\\. I(?:'d| would)(?: like to)? add that\\b", CI),
            Pattern.compile("\\b(?:you|we|they) (?:is|was|has|does)\\b(?! (?:not )?(?:it|that|this)\\b)", CI),
            Pattern.compile("\\b(?:she|he|it) (?:are|were|have|do)\\b(?! (?:you|to)\\b)", CI),
            Pattern.compile("\\b(the|a|an|to|of|and|is|about) \\1\\b", CI),
            Pattern.compile("\\b(?:a|an|the) (?:the|a|an)\\b", CI),
            Pattern.compile("\\b\\p{Lu}\\p{L}+s's\\b"),
            Pattern.compile("\\?[,.]\\s"));

    /** Frequent misspellings and their correction, one pair a line in {@code /words/typos.txt}. */
    static final Map<String, String> TYPOS = WordTable.read("/words/typos.txt");

    /** A mention of a former or current employer or colleague. */
    static final Pattern FORMER_EMPLOYER = Pattern.compile("\\b(?:my|our) (?:(?:old|former|previous|last|ex|current|present)[- ]?)?"
            + "(?:boss|manager|employer|company|team|colleagues?|co-?workers?|job|workplace|supervisor|firm|lead)\\b", CI);
    static final Pattern NEGATIVE = Pattern.compile("\\b(?:terrible|awful|horrible|incompetent|toxic|useless|clueless|lazy"
            + "|stupid|idiots?|idiotic|nightmare|hated?|dysfunctional|chaotic|a joke|pathetic|unbearable"
            + "|micromanag\\w*|unprofessional|dishonest|liars?|a mess)\\b", CI);
    /** Words that criticise whoever they are about. */
    static final Pattern HARSH = Pattern.compile("\\b(?:incompetent|toxic|idiots?|clueless|pathetic|couldn't stand|could not stand)\\b", CI);

    static final Pattern OVERSHARING = Pattern.compile("\\b(?:divorc\\w*|my therapist|therapy|my ex|my ex-\\w+|break-?up"
            + "|hangover|hungover|desperate(?:ly)?|really need this job|evict\\w*|bankrupt\\w*|my debts?|my medication"
            + "|rehab|my landlord|my rent)\\b", CI);
    static final Pattern APOLOGY = Pattern.compile("\\b(?:sorry|apologi[sz]e|apologies)\\b", CI);
    static final int LONGEST_SENTENCE = 45;

    static final Pattern GREETING = Pattern.compile("^(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))\\s+([^,:\\n]+)", CI);
    static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam");
    static final Set<String> GROUP_WORDS = Set.of("team", "all", "everyone", "hiring", "manager", "recruiter",
            "recruiting", "there", "colleagues", "committee", "panel", "sir", "madam", "or", "whom", "it", "may",
            "concern", "talent", "people", "hr", "folks");

    static final Pattern CLOSING = Pattern.compile("^(?:kind|best|warm|warmest|many|with)?\\s*(?:regards|wishes|thanks"
            + "|thank you|sincerely|yours(?: sincerely| truly| faithfully)?|best|cheers)[,.!]?$", CI);

    static final Set<String> LEGAL_FORMS = Set.of("inc", "ltd", "llc", "gmbh", "corp", "corporation", "co", "plc",
            "ag", "sa", "limited", "llp", "bv", "nv", "srl", "sas");
    static final Set<String> GENERIC_COMPANY_WORDS = Set.of("the", "global", "new", "international", "united",
            "general", "first", "national", "data", "digital", "group", "systems", "solutions", "tech", "software");

    /** Words too common to show that a sentence is about something specific. */
    static final Set<String> STOPWORDS = wordSet("about", "above", "after", "again", "also", "always", "another",
            "because", "been", "before", "being", "both", "could", "does", "doing", "done", "down", "during", "each",
            "even", "ever", "every", "from", "further", "have", "having", "here", "into", "just", "last", "like",
            "made", "make", "many", "more", "most", "much", "must", "next", "only", "other", "over", "same", "should",
            "since", "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
            "those", "through", "under", "until", "upon", "very", "want", "wanted", "were", "what", "when", "where",
            "whether", "which", "while", "will", "with", "within", "would", "your", "yours", "yourself", "ours",
            "really", "truly", "quite", "still", "already", "today", "yesterday", "week", "soon", "well", "anything",
            "something", "everything", "nothing", "thing", "things", "able", "sure", "certainly", "just", "once");

    /** The vocabulary of every stock thank-you: thanks, time, role, interest, next steps. */
    static final Set<String> GENERIC = wordSet("thank", "thanks", "thankful", "grateful", "gratitude", "appreciate",
            "appreciated", "appreciation", "taking", "take", "took", "time", "speak", "speaking", "spoke", "talk",
            "talking", "talked", "chat", "chatting", "meet", "meeting", "met", "interview", "interviews",
            "interviewing", "position", "role", "roles", "job", "opportunity", "opportunities", "company",
            "organisation", "organization", "team", "teams", "enjoyed", "enjoy", "enjoying", "learning", "learn",
            "learned", "learnt", "exciting", "excited", "excitement", "work", "works", "working", "enthusiastic",
            "enthusiasm", "interest", "interested", "interesting", "great", "pleasure", "glad", "happy", "please",
            "know", "need", "needs", "additional", "information", "question", "questions", "look", "looking",
            "forward", "hearing", "hear", "heard", "consideration", "considering", "consider", "contribute",
            "contributing", "skills", "skill", "experience", "conversation", "conversations", "discussion",
            "discussing", "discuss", "discussed", "insight", "insights", "insightful", "wonderful", "fantastic",
            "amazing", "excellent", "hesitate", "contact", "reach", "regards", "best", "kind", "sincerely", "steps",
            "step", "process", "hope", "hoping", "feel", "free", "detail", "details", "candidate", "application",
            "applying", "applied", "strong", "believe", "confident", "thrilled", "eager", "keen", "keener",
            "delighted", "honored", "honoured", "earlier", "recent", "recently", "provide", "available",
            "availability", "update", "decision", "touch", "stay", "connect", "valuable", "value", "helpful", "help",
            "opening", "open", "vacancy", "gave", "give", "given", "giving", "clearer", "clear", "picture", "sense",
            "understanding", "better", "good", "nice", "lovely", "fit", "fitting", "mission", "culture", "vision",
            "goals", "passion", "passionate", "motivated", "background", "qualifications", "qualified", "suitable",
            "suitability", "approach", "again", "truly", "greatly", "deeply", "definitely", "especially", "particularly",
            "meantime", "wish", "wishes", "success", "successful", "priorities", "challenges", "projects", "project",
            "exchange", "valued", "mind", "came", "away", "join", "joining", "send", "sending", "else", "helps",
            "decide", "role's", "team's", "company's", "welcome", "chance", "share", "sharing", "hiring", "manager",
            "managers", "everyone", "colleagues", "people", "morning", "afternoon", "evening", "call", "video",
            "phone", "site", "on-site", "onsite", "office", "person", "visit", "yesterday's", "today's",
            "belated", "late", "delay", "sooner", "meant", "write", "apologies", "excuse", // a late thank-you's stock words
            "fuller", "full", "waiting", "problems", "problem", "challenge", "first", "weeks", "days", "months",
            "thought", "thoughts", "thinking", "answers", "answer", "expand", "writing", "written", "short",
            "references", "reference", "samples", "sample", "thoughtful", "continue", "continuing", "sits",
            "understand", "walk", "example", "examples", "past", "directly", "speaks", "described", "describe",
            "sound", "sounds", "close", "reminded", "bring", "gladly", "kind", "whichever", "suits", "proper",
            "properly", "hours", "minutes", "remain", "remains", "considered", "considering", "future", "wishing",
            "news", "timeline", "further", "apply", "offer", "offered", "position's", "hired", "hire", "career",
            "growth", "develop", "development", "environment", "company", "companies", "business", "industry",
            "field", "ideas", "idea", "overview", "responsibilities", "expectations", "requirements",
            "day-to-day", "daily", "everyday", "together", "colleague", "members", "member", "staff", "leaders",
            "leadership", "management", "vision", "values", "direction", "future", "plans", "strategy", "product",
            "products", "services", "service", "clients", "customers", "customer", "client", "people's");

    static final Set<String> CALENDAR_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private Wordlists() {
    }

    /** A set that tolerates a word listed twice, which keeps the long lists easy to edit. */
    private static Set<String> wordSet(final String... words) {
        return Set.copyOf(Arrays.asList(words));
    }
}
