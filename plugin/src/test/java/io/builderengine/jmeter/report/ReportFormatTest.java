package io.builderengine.jmeter.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  private final ReportFormat format = new ReportFormat();

  @Test
  void printsNothingMeasuredAsNotAvailable() {
    assertThat(format.number(Double.NaN)).isEqualTo("n/a");
    assertThat(format.ms(Double.NaN)).isEqualTo("n/a");
    assertThat(format.percent(Double.NaN)).isEqualTo("n/a");
    assertThat(format.meanCount(Double.NaN)).isEqualTo("n/a");
    assertThat(format.rps(Double.POSITIVE_INFINITY)).isEqualTo("n/a");
    assertThat(format.orNa(null)).isEqualTo("n/a");
  }

  @Test
  void keepsSmallFractionsAndRoundsTheRest() {
    assertThat(format.number(0.0125)).isEqualTo("0.0125");
    assertThat(format.number(1234.567)).isEqualTo("1,234.57");
    assertThat(format.ms(3.25)).isEqualTo("3.2");
    assertThat(format.ms(1204.4)).isEqualTo("1,204");
    assertThat(format.percent(0.0512)).isEqualTo("5.12%");
    assertThat(format.count(7350)).isEqualTo("7,350");
    assertThat(format.meanCount(6.34)).isEqualTo("6.3");
    assertThat(format.meanCount(1234)).isEqualTo("1,234");
  }

  @Test
  void keepsTableCellsInOneCell() {
    assertThat(format.cell("GET /a|b\nsecond line")).isEqualTo("GET /a\\|b second line");
    assertThat(format.cell(null)).isEmpty();
  }
}
