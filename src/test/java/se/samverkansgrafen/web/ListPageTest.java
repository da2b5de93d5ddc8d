package se.samverkansgrafen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.samverkansgrafen.query.InvalidParameterException;

/** Which rows a page of a long list shows, and what a bad page number or size is. */
class ListPageTest {

    private static final List<Integer> TWENTY_FIVE = IntStream.rangeClosed(1, 25).boxed().toList();

    @Test
    void thePagesOfAListShowEachRowOnceInOrder() {
        ListPage<Integer> first = ListPage.of(() -> TWENTY_FIVE, null, "10");
        ListPage<Integer> last = ListPage.of(() -> TWENTY_FIVE, "3", "10");
        assertThat(first.rows()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(ListPage.of(() -> TWENTY_FIVE, "2", "10").rows()).startsWith(11).endsWith(20);
        assertThat(last.rows()).containsExactly(21, 22, 23, 24, 25);
        assertThat(first.pages()).isEqualTo(3);
        assertThat(List.of(first.firstRow(), first.lastRow(), last.firstRow(), last.lastRow())).containsExactly(1, 10, 21, 25);
        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void linksKeepASizeOtherThanTheDefault() {
        assertThat(ListPage.of(() -> TWENTY_FIVE, null, "10").linkTo(2)).isEqualTo("?sida=2&antal=10");
        assertThat(ListPage.of(() -> TWENTY_FIVE, null, null).linkTo(2)).isEqualTo("?sida=2");
    }

    @Test
    void withoutANumberOrSizeTheFirstPageHoldsTheDefaultRows() {
        List<Integer> many = IntStream.range(0, ListPage.DEFAULT_SIZE * 2 + 1).boxed().toList();
        ListPage<Integer> page = ListPage.of(() -> many, "", " ");
        assertThat(page.rows()).hasSize(ListPage.DEFAULT_SIZE);
        assertThat(page.pages()).isEqualTo(3);
    }

    @Test
    void anEmptyListHasItsFirstPageAndNoOther() {
        ListPage<Integer> empty = ListPage.of(List::of, "1", null);
        assertThat(empty.rows()).isEmpty();
        assertThat(List.of(empty.pages(), empty.firstRow(), empty.lastRow())).containsExactly(1, 0, 0);
        assertThat(empty.hasNext()).isFalse();
        assertThatThrownBy(() -> ListPage.of(List::of, "2", null)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPagePastTheEndIsNotFoundEvenWhenItsFirstRowWouldOverflow() {
        assertThatThrownBy(() -> ListPage.of(() -> TWENTY_FIVE, "4", "10")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ListPage.of(() -> TWENTY_FIVE, String.valueOf(Integer.MAX_VALUE), "1000"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aBadNumberOrSizeNamesItsParameterBeforeTheListIsRead() {
        AtomicBoolean read = new AtomicBoolean();
        List<String[]> bad = List.of(new String[] {"0", null, "sida"}, new String[] {"-1", null, "sida"},
                new String[] {"två", null, "sida"}, new String[] {"1.5", null, "sida"},
                new String[] {"99999999999", null, "sida"}, new String[] {null, "0", "antal"},
                new String[] {null, "1001", "antal"}, new String[] {null, "alla", "antal"});
        for (String[] request : bad) {
            assertThatThrownBy(() -> ListPage.of(() -> {
                read.set(true);
                return TWENTY_FIVE;
            }, request[0], request[1])).as(String.join(",", String.valueOf(request[0]), String.valueOf(request[1])))
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo(request[2]));
        }
        assertThat(read).isFalse();
    }
}
