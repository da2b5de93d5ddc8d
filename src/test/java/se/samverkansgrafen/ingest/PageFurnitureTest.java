package se.samverkansgrafen.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    @Test
    void pageNumbersInTheirCommonForms() {
        assertThat(PageFurniture.isPageNumber("3", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("- 3 -", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("Sida 3 av 7", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("sida 3", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("3 (7)", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("3/7", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("Page 3 of 7", 3, 7)).isTrue();
        assertThat(PageFurniture.isPageNumber("Sida 1 av 1", 1, 1)).isTrue();
    }

    @Test
    void numbersThatAreNotThisPagesNumberStay() {
        assertThat(PageFurniture.isPageNumber("4", 3, 7)).as("another page's number").isFalse();
        assertThat(PageFurniture.isPageNumber("1", 1, 1)).as("a bare number on a single page").isFalse();
        assertThat(PageFurniture.isPageNumber("7 (3)", 7, 7)).as("more than the count").isFalse();
        assertThat(PageFurniture.isPageNumber("§ 3", 3, 7)).isFalse();
        assertThat(PageFurniture.isPageNumber("3. Dagordning", 3, 7)).isFalse();
        assertThat(PageFurniture.isExplicitPageNumber("Sida 2 av 5")).isTrue();
        assertThat(PageFurniture.isExplicitPageNumber("2 (5)")).isTrue();
        assertThat(PageFurniture.isExplicitPageNumber("3/7")).as("a date in a text without pages").isFalse();
        assertThat(PageFurniture.isExplicitPageNumber("Sidan 2 i bilagan")).isFalse();
    }
}
