package io.followupbot.drafts;

import java.util.ArrayList;
import io.followupbot.interview.ListInWords;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes what a member typed so it reads as if they wrote the letter: a note like "she described how the
 * team is migrating ..." becomes the topic "how you are migrating ..."; a question becomes "whether you ..."
 * or is quoted as the member's words; a list becomes "a, b and c"; an addition loses its "I'd add that".
 * A topic is always words that can follow "about"; templates are written so that every slot is one.
 */
final class Answers {

    static final int TOPIC_WORDS = 18;
    private static final int LIST_ITEM_WORDS = 8;
    private static final int SENTENCE_WORDS = 38;
    private static final int ALL_SENTENCE_WORDS = 60;

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String SPEAKER = "(?:she|he|they|we|i|you|the interviewer|the hiring manager|my interviewer"
            + "|the team|both of them|everyone)";
    private static final String VERB = "(?:described|explained|mentioned|said|told (?:me|us)|talked(?: me| us)?"
            + "(?: about| through| of)?|spoke(?: about| of)?|discussed|shared|covered|went (?:over|through|into)"
            + "|walked (?:me|us) through|showed (?:me|us)|asked (?:me )?about|asked me|asked|brought up|pointed out"
            + "|highlighted|emphasi[sz]ed|stressed|noted|focused on|dove into|dug into|got into|wanted to know(?: about)?"
            + "|touched on|raised|chatted about|(?:was|were|is|are|seemed|got) (?:really |very )?(?:excited|passionate"
            + "|curious|keen|enthusiastic) about|liked|loved|enjoyed|appreciated|learned(?: about)?|learnt(?: about)?"
            + "|heard about|gave (?:me|us)|presented|outlined|introduced|reviewed|spent (?:a lot of |most of the |some )?"
            + "time (?:on|talking about|discussing)|(?:were|was) talking about|had an? (?:good |great |long |short )?"
            + "(?:chat|talk|discussion|conversation) about|found it (?:interesting|fascinating|great) (?:that|how))";
    private static final Pattern FRAME = Pattern.compile("^" + SPEAKER + "\\s+(?:(?:really|also|just|briefly|mostly"
            + "|mainly|then|later|first|kindly|actually|both|all)\\s+)?(?:(?:should|would|could|might) have |had |have )?"
            + VERB + "\\b[,:]?\\s*", CI);
    private static final Pattern LEAD_IN = Pattern.compile("^(?:what stood out (?:most |for me )?(?:was|were|is)"
            + "|the (?:highlight|best part|main thing|key thing|interesting part) was|mostly|mainly|definitely"
            + "|especially|probably|honestly|i think|i guess|i'd say|i would say|the part about|the bit about"
            + "|talking about|discussing|a chat about|a (?:long |good )?(?:chat|talk|discussion) (?:about|on|around)"
            + "|(?:our|the) (?:chat|talk|conversation|discussion|exchange) (?:about|on|around)|about|re|on"
            + "|(?:the )?(?:thing|part|one thing) that stood out(?: (?:the )?most| for me)? (?:was|were|is))"
            + "\\b[,:]?\\s+", CI);
    private static final Pattern ADD_PREAMBLE = Pattern.compile("^(?:(?:also|just|and|oh|ps)[,:]?\\s+)?(?:"
            + "(?:i'd|i would|i want(?:ed)? to|i'd like to|i would like to|let me|please|just to|to)\\s+(?:also\\s+)?"
            + "(?:add|mention|clarify|say|note|stress)(?: to (?:one of )?my answers?)?|i (?:forgot|meant) to (?:mention|say)"
            + "|add|also|one more thing|ps)\\b(?:\\s+that\\b)?[,:]?\\s*", CI);
    private static final Pattern SUBORDINATE = Pattern.compile(
            "^(?:when|while|after|before|since|as|because|although|though|if)\\b[^,]{3,80},\\s*", CI);
    /** "your on-call rota and you said it rotates weekly": the phrase is the topic, the clause after it is not. */
    private static final Pattern TRAILING_CLAUSE = Pattern.compile(
            ",?\\s+(?:and|but|so|which)\\s+(?:she|he|they|we|i|you|it)\\b.*$", CI);
    private static final Pattern NAMED_FRAME = Pattern.compile("^\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)?\\s+(?i:"
            + "(?:(?:really|also|just|briefly|then|kindly|actually)\\s+)?" + VERB + ")\\b[,:]?\\s*");
    private static final Pattern WH_START = Pattern.compile("^(?:how|why|what|where|when|whether|which|who)\\b", CI);
    private static final Pattern WH_QUESTION = Pattern.compile("^(how|why|what|where|when|which|who)((?:\\s+[\\p{L}-]+)?)"
            + "\\s+(do|does|is|are|was|were|can|could|would|will|should)\\s+(you|they|she|he|we|i)\\s+(.+)$", CI);
    private static final Pattern YES_NO = Pattern.compile(
            "^(do|does|is|are|can|could|would|will|should)\\s+(you|they|she|he|we|i)\\s+(.+)$", CI);
    private static final Set<String> NON_ANSWERS = Set.of("none", "nothing", "n/a", "na", "no", "nope", "not sure",
            "dunno", "idk", "nothing special", "can't remember", "cannot remember", "nothing really", "skip", "-", ".",
            "?", "not much", "nothing in particular");
    private static final Set<String> LOWERCASE_OPENERS = Set.of("the", "a", "an", "your", "our", "their", "his",
            "her", "how", "why", "what", "when", "where", "which", "who", "whether", "this", "these", "those", "its",
            "my", "some", "any", "all", "both", "each", "every", "one", "two", "three", "more", "most", "new");

    private Answers() {
    }

    /**
     * @param raw what the member typed, in any form
     * @param names the interviewer's names, which become "you" in the topic
     */
    static Answer shape(final String raw, final List<String> names) {
        final List<String> lines = LetterText.lines(raw);
        final String joined = String.join(" ", lines).strip();
        if (joined.isEmpty() || NON_ANSWERS.contains(joined.toLowerCase(Locale.ROOT).replaceAll("[.!]+$", ""))) {
            return Answer.EMPTY;
        }
        final List<String> items = listItems(raw, lines);
        final List<String> sentences = PlainText.sentences(joined);
        final String first = sentences.get(0);
        final String topic = items.size() >= 2 ? listTopic(items, names) : Clauses.shorten(topicOf(first, names), TOPIC_WORDS);
        if (items.size() < 2 && first.endsWith("?")) {
            return new Answer(Answer.Shape.QUESTION, topic, "");
        }
        final String withoutPreamble = ADD_PREAMBLE.matcher(String.join("\n", lines)).replaceFirst("");
        if (Clauses.hasClause(withoutPreamble)) {
            return new Answer(Answer.Shape.CLAUSE, topic, sentences(withoutPreamble));
        }
        if (Clauses.startsWithPastVerb(withoutPreamble)) {
            return new Answer(Answer.Shape.CLAUSE, topic, sentences("I " + lowerFirst(withoutPreamble)));
        }
        return new Answer(items.size() >= 2 ? Answer.Shape.LIST : Answer.Shape.PHRASE, topic, "");
    }

    private static String listTopic(final List<String> items, final List<String> names) {
        final List<String> topics = new ArrayList<>();
        for (final String item : items) {
            final String topic = Clauses.shorten(topicOf(item, names), LIST_ITEM_WORDS);
            if (!topic.isBlank() && topics.stream().noneMatch(topic::equalsIgnoreCase) && topics.size() < 3) {
                topics.add(topic);
            }
        }
        return joinList(topics);
    }

    /** The items of a list: one a line (two lines or more), or separated by semicolons or short commas. */
    private static List<String> listItems(final String raw, final List<String> lines) {
        if (lines.size() >= 2 && (LetterText.hasBullets(raw) || lines.stream().allMatch(line -> Clauses.wordCount(line) <= 8))) {
            return lines;
        }
        final String joined = String.join(" ", lines).replaceAll("[.!]+$", "");
        if (joined.contains(";")) {
            return List.of(joined.split("\\s*;\\s*"));
        }
        final List<String> items = new ArrayList<>();
        for (final String item : joined.split("\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|&)\\s+(?=[^,]*$)")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        final boolean shortItems = items.stream().allMatch(item -> Clauses.wordCount(item) <= 5 && !Clauses.isClause(item));
        return items.size() >= 3 && shortItems ? items : List.of();
    }

    /** The words, reshaped to follow "about". */
    static String topicOf(final String sentence, final List<String> names) {
        String text = unquoted(sentence.strip());
        final boolean question = text.endsWith("?");
        text = text.replaceAll("[.;,:!?…]+$", "").replace("!", "").strip();
        if (question) {
            return questionTopic(text, names);
        }
        text = ADD_PREAMBLE.matcher(withoutLeadIns(mainClause(text))).replaceFirst("");
        final String framed = withoutLeadIns(text);
        boolean clause = false;
        if (framed.toLowerCase(Locale.ROOT).startsWith("that ") && Clauses.wordCount(framed) > 3) {
            text = framed.substring(5);
            clause = true;
        } else if (framed.toLowerCase(Locale.ROOT).startsWith("to ")) {
            text = "how I would " + framed.substring(3);
        } else if (Clauses.startsWithPastVerb(framed)) {
            text = "how I " + lowerFirst(framed);
        } else if (framed.contains(": ") && !Clauses.isClause(framed.substring(0, framed.indexOf(": ")))) {
            text = framed.substring(0, framed.indexOf(": "));
        } else {
            text = framed;
        }
        text = lowerFirst(Pronouns.toSecondPerson(text, names));
        final String head = TRAILING_CLAUSE.matcher(text).replaceFirst("");
        if (!clause && !head.equals(text) && !Clauses.isClause(head)) {
            return head;
        }
        if (!WH_START.matcher(text).find() && (clause || Clauses.hasClause(text))) {
            return "how " + text;
        }
        return TRAILING_CLAUSE.matcher(text).replaceFirst("");
    }

    /** "How do they handle on-call" becomes "how you handle on-call"; other questions are quoted. */
    private static String questionTopic(final String question, final List<String> names) {
        final Matcher wh = WH_QUESTION.matcher(question);
        if (wh.matches() && (!wh.group(3).equalsIgnoreCase("does") || isThirdPerson(wh.group(4)))) {
            final String indirect = indirect(wh.group(3), wh.group(4), wh.group(5), names);
            if (!indirect.isEmpty()) {
                return lowerFirst(wh.group(1) + wh.group(2) + " " + indirect);
            }
        }
        final Matcher yesNo = YES_NO.matcher(question);
        if (yesNo.matches() && (!yesNo.group(1).equalsIgnoreCase("does") || isThirdPerson(yesNo.group(2)))) {
            final String indirect = indirect(yesNo.group(1), yesNo.group(2), yesNo.group(3), names);
            if (!indirect.isEmpty()) {
                return "whether " + indirect;
            }
        }
        return "the question \"" + Clauses.shorten(question.replace('"', '\''), TOPIC_WORDS) + "?\"";
    }

    private static boolean isThirdPerson(final String subject) {
        return subject.equalsIgnoreCase("she") || subject.equalsIgnoreCase("he");
    }

    /** A question put to the member ("you") is about the member ("I"); about the employer, it is "you". */
    private static String indirect(final String auxiliary, final String subject, final String rest,
            final List<String> names) {
        final String aux = auxiliary.toLowerCase(Locale.ROOT);
        final String who = subject.equalsIgnoreCase("i") ? "I" : subject.toLowerCase(Locale.ROOT);
        if (who.equals("you") && rest.matches("(?i).*\\b(?:me|you|my|mine|myself)\\b.*")) {
            return "";
        }
        if (who.equals("you")) {
            final String mine = rest.replaceAll("(?i)\\byour\\b", "my").replaceAll("(?i)\\byou\\b", "me");
            final String verb = switch (aux) {
                case "do", "does" -> "";
                case "are", "is" -> "am ";
                case "were", "was" -> "was ";
                default -> aux + " ";
            };
            return "I " + verb + mine;
        }
        final String verb = aux.equals("do") || aux.equals("does") ? "" : aux + " ";
        return Pronouns.toSecondPerson(who + " " + verb + rest, names);
    }

    /** Whole sentences in the member's voice: at most about 60 words, each sentence under 40. */
    static String sentences(final String text) {
        final List<String> kept = new ArrayList<>();
        int words = 0;
        for (final String sentence : PlainText.sentences(text)) {
            final String shortened = Clauses.shorten(sentence.replaceAll("[.;,:!…]+$", "")
                    .replaceFirst("(?i)^that\\s+", ""), SENTENCE_WORDS);
            final int count = Clauses.wordCount(shortened);
            if (!kept.isEmpty() && words + count > ALL_SENTENCE_WORDS) {
                break;
            }
            final String ended = shortened.endsWith("?") ? shortened : shortened.replace("!", "") + ".";
            kept.add(Character.toUpperCase(ended.charAt(0)) + ended.substring(1));
            words += count;
        }
        return String.join(" ", kept);
    }

    /** "a", "a and b", "a, b and c". */
    static String joinList(final List<String> items) {
        return ListInWords.and(items);
    }

    /** "When we discussed on-call, I should have said X" is about X: a leading subordinate clause is dropped. */
    private static String mainClause(final String text) {
        final Matcher subordinate = SUBORDINATE.matcher(text);
        return subordinate.find() && Clauses.wordCount(text.substring(subordinate.end())) >= 3
                ? text.substring(subordinate.end()) : text;
    }

    /** Strips lead-ins and frames as long as there are any (each one strips words, so this ends). */
    private static String withoutLeadIns(final String text) {
        String before;
        String stripped = text;
        do {
            before = stripped;
            stripped = LEAD_IN.matcher(stripped).replaceFirst("");
            stripped = FRAME.matcher(stripped).replaceFirst("");
            stripped = NAMED_FRAME.matcher(stripped).replaceFirst("");
        } while (!stripped.equals(before) && !stripped.isBlank());
        return stripped.isBlank() ? before : stripped;
    }

    private static String unquoted(final String text) {
        final Matcher quoted = Pattern.compile("^[\"“'‘](.+)[\"”'’]([.!?]?)$").matcher(text);
        return quoted.matches() ? quoted.group(1) + quoted.group(2) : text;
    }

    /** Lowers the first letter of a common word ("The", "How", "Migrating"), never of a name or acronym. */
    static String lowerFirst(final String text) {
        final String first = text.split("\\s+")[0];
        final String lower = first.toLowerCase(Locale.ROOT);
        final boolean common = LOWERCASE_OPENERS.contains(lower)
                || lower.length() > 4 && capitalisedOnly(first) && lower.matches("[a-z]+(?:ing|ed|ly|ion|ment|ness)")
                || Clauses.PRONOUN_SUBJECTS.contains(lower) && !lower.startsWith("i");
        return common ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    /** "Migrating", not "MIGRATING" or "McKinsey". */
    private static boolean capitalisedOnly(final String word) {
        return word.substring(1).equals(word.substring(1).toLowerCase(Locale.ROOT));
    }
}
