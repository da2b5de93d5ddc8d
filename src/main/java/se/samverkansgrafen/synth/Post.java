package se.samverkansgrafen.synth;

/**
 * A position at one organisation that one person holds at a time (a municipality's
 * socialchef, the region's hälso- och sjukvårdsdirektör): groups give their seats to posts,
 * so whoever holds the post sits in all of them.
 *
 * @param key       unique within the region, e.g. "1814-socialchef"
 * @param org       IRI of the organisation
 * @param orgName   short name used in minutes ("Lekeberg", "Region Örebro län")
 * @param title     job title as minutes give it
 * @param political an elected office (politicians sit in the councils)
 */
record Post(String key, String org, String orgName, String title, boolean political) {
}
