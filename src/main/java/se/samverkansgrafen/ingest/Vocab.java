package se.samverkansgrafen.ingest;

/** Namespaces of the ontology, its concept schemes and the instance IRIs (data/README.md). */
final class Vocab {

    static final String SG = "https://w3id.org/samverkan/def#";
    static final String ID = "https://w3id.org/samverkan/id/";
    static final String PERSON = ID + "person/";
    static final String GROUP = ID + "group/";
    static final String MEETING = ID + "meeting/";
    static final String ITEM = ID + "item/";
    static final String DECISION = ID + "decision/";
    static final String ATTENDANCE = ID + "attendance/";
    static final String MEMBERSHIP = ID + "membership/";
    static final String SOURCE = ID + "source/";
    static final String CANDIDATE = ID + "candidate/";
    static final String MATTER = ID + "matter/";
    static final String STEP = ID + "step/";
    static final String STEP_KIND = "https://w3id.org/samverkan/def/step-kind/";
    static final String STEP_STATUS = "https://w3id.org/samverkan/def/step-status/";
    static final String DOCUMENT_KIND = "https://w3id.org/samverkan/def/document-kind/";
    static final String ROLE = "https://w3id.org/samverkan/def/role/";
    static final String STATUS = "https://w3id.org/samverkan/def/attendance/";
    static final String ITEM_KIND = "https://w3id.org/samverkan/def/item-kind/";
    static final String DECISION_KIND = "https://w3id.org/samverkan/def/decision-kind/";
    static final String GROUP_KIND = "https://w3id.org/samverkan/def/group-kind/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";
    static final String DCTERMS = "http://purl.org/dc/terms/";

    private Vocab() {
    }
}
