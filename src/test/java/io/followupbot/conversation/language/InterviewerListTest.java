package io.followupbot.conversation.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.followupbot.interview.Interviewer;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the answer to "Who interviewed you?" becomes people, as a list or typed as a sentence. */
final class InterviewerListTest {

    private static List<String> names(final String answer) {
        return InterviewerList.parse(answer).stream().map(Interviewer::name).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @DisplayName("GIVEN the people typed as a sentence WHEN read THEN each name joined by 'and', '&' or commas is "
            + "one interviewer, and the words around them are dropped; an 'and' inside a title, a company or beside "
            + "an email is not taken for a second person")
    @CsvSource(delimiter = '|', textBlock = """
            Ben Ode and Cleo Park                     | Ben Ode/Cleo Park
            I met Ben Ode and Cleo Park.              | Ben Ode/Cleo Park
            i spoke with Ben & Cleo                   | Ben/Cleo
            It was Ben Ode, Cleo Park and Dana Fry    | Ben Ode/Cleo Park/Dana Fry
            Ben, Cleo, and Dana                       | Ben/Cleo/Dana
            I was interviewed by Ben Ode              | Ben Ode
            Dr. Ana van der Berg and J. Smith         | Dr. Ana van der Berg/J. Smith
            Ben Ode, Head of Research and Development | Ben Ode (Head of Research and Development)
            Ben Ode, VP Sales and Marketing           | Ben Ode (VP Sales and Marketing)
            Procter and Gamble recruiter              | Procter and Gamble recruiter
            Ben Ode and Cleo Park, ben@acme.com       | Ben Ode and Cleo Park
            """)
    void namesInASentence(final String answer, final String people) {
        assertThat(InterviewerList.parse(answer)).extracting(InterviewerListTest::shown)
                .containsExactly(people.split("/"));
    }

    /** A person as the bot shows them: the name, and the title in brackets when there is one. */
    private static String shown(final Interviewer person) {
        return person.title().isEmpty() ? person.name() : person.name() + " (" + person.title() + ")";
    }

    @Test
    @DisplayName("GIVEN the listed form WHEN read THEN each ;-separated person keeps their title and email")
    void listedForm() {
        assertThat(InterviewerList.parse("Ana Ruiz, Head of Data, ana@acme.com; Ben Ode")).containsExactly(
                new Interviewer("Ana Ruiz", "Head of Data", "ana@acme.com", ""), new Interviewer("Ben Ode", "", "", ""));
    }

    @Test
    @DisplayName("GIVEN an email as a mail program writes it WHEN read THEN the name around it is the person's, and "
            + "a name given first stays")
    void emailWithTheName() {
        assertThat(InterviewerList.parse("Ben Ode <ben@acme.com>")).containsExactly(
                new Interviewer("Ben Ode", "", "ben@acme.com", ""));
        assertThat(InterviewerList.parse("Ben Ode, CTO, Benjamin <ben@acme.com>")).containsExactly(
                new Interviewer("Ben Ode", "CTO", "ben@acme.com", ""));
        assertThat(InterviewerList.parse("ben@acme.com")).extracting(Interviewer::name).containsExactly("ben");
    }

    @Test
    @DisplayName("GIVEN people listed, then more named in a sentence WHEN read THEN no more than ten in all")
    void atMostTenInAll() {
        assertThat(names("Ana Ruiz; Ben Ode\nA One, B Two, C Three, D Four, E Five, F Six, G Seven, H Eight and I Nine"))
                .hasSize(InterviewerList.MAX_PEOPLE).startsWith("Ana Ruiz", "Ben Ode").endsWith("H Eight");
    }

    @Test
    @DisplayName("GIVEN more than ten people in one sentence WHEN read THEN the first ten are kept")
    void atMostTen() {
        assertThat(names("A One, B Two, C Three, D Four, E Five, F Six, G Seven, H Eight, I Nine, J Ten and K Eleven"))
                .hasSize(InterviewerList.MAX_PEOPLE).endsWith("J Ten");
    }
}
