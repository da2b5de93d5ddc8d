package se.samverkansgrafen.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** When a planned step's time is over: the end of its planned period, whatever its precision. */
class AgreementTracesTest {

    @Test
    void aPlannedPeriodEndsOnItsLastDay() {
        assertThat(AgreementTraces.periodEnd("2023-03", null)).hasValue(LocalDate.of(2023, 3, 31));
        assertThat(AgreementTraces.periodEnd("2024-02", null)).hasValue(LocalDate.of(2024, 2, 29));
        assertThat(AgreementTraces.periodEnd("2023", null)).hasValue(LocalDate.of(2023, 12, 31));
        assertThat(AgreementTraces.periodEnd("2022-12-09", null)).hasValue(LocalDate.of(2022, 12, 9));
        assertThat(AgreementTraces.periodEnd(null, "2021-08-01")).hasValue(LocalDate.of(2021, 8, 1));
        assertThat(AgreementTraces.periodEnd("hösten", null)).isEmpty();
        assertThat(AgreementTraces.periodEnd(null, null)).isEmpty();
    }
}
