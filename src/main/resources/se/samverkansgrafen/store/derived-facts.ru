# Derived facts: what the named queries would otherwise aggregate over the whole graph on
# every request, computed once per load into the graph <https://w3id.org/samverkan/graph/_derived>
# (vocabulary https://w3id.org/samverkan/derived#, "sgd:"). Recomputed whole, in one
# transaction, whenever a file's graph changes (store/DerivedFacts). SPARQL 1.1 Update only,
# so any store in external mode computes them the same way. The WHERE clauses read the
# default graph, the union of the files' graphs. In this JVM every WHERE is evaluated before
# anything is written, so no operation may read what another one writes.
PREFIX sg:   <https://w3id.org/samverkan/def#>
PREFIX sgd:  <https://w3id.org/samverkan/derived#>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

DROP SILENT GRAPH <https://w3id.org/samverkan/graph/_derived> ;

# Roles of a membership or an attendance with several roles (a substitute who was also
# justerare): one role IRI and every role's Swedish label joined by "; ", so that a query
# gives such a fact as one row. A fact with one role (nearly all) gets nothing here: the
# queries read its role and label as they stand.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:role ?role ; sgd:roleLabel ?roleLabel } }
WHERE {
  SELECT ?fact (SAMPLE(?anyRole) AS ?role)
         (GROUP_CONCAT(DISTINCT ?anyRoleLabel; separator="; ") AS ?roleLabel)
  WHERE {
    # A fact reads as several rows when it has two roles (or one through both properties):
    # every role has one Swedish label (shapes.ttl). Found as a fact with a second role, not by
    # counting every fact's roles: a join the store answers from its indexes, where grouping
    # every fact decodes each one (at L 6.4 s against 16.1 s, in one JVM).
    { SELECT DISTINCT ?fact
      WHERE {
        { ?fact sg:meetingRole ?oneRole . ?fact sg:meetingRole ?otherRole . FILTER(?oneRole != ?otherRole) }
        UNION { ?fact org:role ?oneRole . ?fact org:role ?otherRole . FILTER(?oneRole != ?otherRole) }
        UNION { ?fact sg:meetingRole ?oneRole . ?fact org:role ?otherRole }
      } }
    { ?fact sg:meetingRole ?anyRole } UNION { ?fact org:role ?anyRole }
    OPTIONAL { ?anyRole skos:prefLabel ?anyRoleLabel FILTER(LANG(?anyRoleLabel) = "sv") }
  }
  GROUP BY ?fact
} ;

# How many agenda items and decisions each meeting records.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:itemCount ?items } }
WHERE {
  SELECT ?meeting (COUNT(DISTINCT ?agendaItem) AS ?items)
  WHERE { ?agendaItem a sg:AgendaItem ; sg:meeting ?meeting }
  GROUP BY ?meeting
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:decisionCount ?decisions } }
WHERE {
  SELECT ?meeting (COUNT(DISTINCT ?decision) AS ?decisions)
  WHERE { ?decision a sg:Decision ; sg:meeting ?meeting }
  GROUP BY ?meeting
} ;

# How many meetings each group held according to the sources (the list of groups shows it).
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?group sgd:meetingCount ?meetings } }
WHERE {
  SELECT ?group (COUNT(DISTINCT ?meeting) AS ?meetings)
  WHERE { ?meeting sg:heldBy ?group }
  GROUP BY ?group
} ;

# The presenters of each agenda item, their names joined by "; ".
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?item sgd:presenters ?presenters } }
WHERE {
  SELECT ?item (GROUP_CONCAT(DISTINCT ?presenterName; separator="; ") AS ?presenters)
  WHERE { ?item a sg:AgendaItem ; sg:presenter ?presenter . ?presenter foaf:name ?presenterName }
  GROUP BY ?item
} ;

# For every organisation or unit someone acts on behalf of: itself and every organisation
# it is a unit of at any depth (org:unitOf*), so a query asking about an organisation starts
# from it instead of following the path from every fact.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:withinOrganisation ?top } }
WHERE {
  { SELECT DISTINCT ?unit WHERE { ?fact sg:onBehalfOf ?unit } }
  ?unit org:unitOf* ?top .
} ;

# For every group holding a meeting, the group's next meeting: "the group's latest meeting on
# or before a day" is then a meeting on or before it that is followed by none on or before it.
# Of two meetings of a group on the next day, the first by IRI (either shows that the meeting
# was followed by then). A meeting held jointly by two groups is followed by the next meeting
# of each. Paired within each group and year, and for the last meetings of a year with the
# first of the group's next year with a meeting: not each meeting against all the group's
# later ones. The minimum of "date IRI" strings carries the meeting along with its date.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:followedBy ?next } }
WHERE {
  {
    SELECT ?meeting (IRI(STRAFTER(MIN(CONCAT(STR(?laterDate), " ", STR(?later))), " ")) AS ?next)
    WHERE {
      # Joined on one key, the group and the year, so that the store pairs only those.
      { ?meeting sg:heldBy ?group ; sg:date ?date .
        BIND(CONCAT(SUBSTR(STR(?date), 1, 4), " ", STR(?group)) AS ?groupYear) }
      { ?later sg:heldBy ?laterGroup ; sg:date ?laterDate .
        BIND(CONCAT(SUBSTR(STR(?laterDate), 1, 4), " ", STR(?laterGroup)) AS ?groupYear) }
      FILTER(STR(?laterDate) > STR(?date))
    }
    GROUP BY ?meeting ?group
  }
  UNION
  {
    SELECT ?meeting ?next
    WHERE {
      { SELECT ?group ?year (MIN(?laterYear) AS ?nextYear)
        WHERE {
          { SELECT DISTINCT ?group ?year
            WHERE { ?yearMeeting sg:heldBy ?group ; sg:date ?yearDate . BIND(SUBSTR(STR(?yearDate), 1, 4) AS ?year) } }
          { SELECT DISTINCT ?group ?laterYear
            WHERE { ?laterMeeting sg:heldBy ?group ; sg:date ?laterDate . BIND(SUBSTR(STR(?laterDate), 1, 4) AS ?laterYear) } }
          FILTER(STR(?laterYear) > STR(?year))
        }
        GROUP BY ?group ?year }
      { SELECT ?group ?year (MAX(STR(?date)) AS ?lastDay)
        WHERE { ?anyMeeting sg:heldBy ?group ; sg:date ?date . BIND(SUBSTR(STR(?date), 1, 4) AS ?year) }
        GROUP BY ?group ?year }
      { SELECT ?group ?nextYear (MIN(CONCAT(STR(?date), " ", STR(?firstMeeting))) AS ?firstOfNextYear)
        WHERE { ?firstMeeting sg:heldBy ?group ; sg:date ?date . BIND(SUBSTR(STR(?date), 1, 4) AS ?nextYear) }
        GROUP BY ?group ?nextYear }
      { ?meeting sg:heldBy ?group ; sg:date ?meetingDate . BIND(STR(?meetingDate) AS ?lastDay) }
      BIND(IRI(STRAFTER(?firstOfNextYear, " ")) AS ?next)
    }
  }
} ;

# Group-years: for every group and every year it met, a node (an IRI of its own under
# https://w3id.org/samverkan/derived/group-year/) with the group, the year and the meetings
# of that year. The group's latest meeting on or before a day is then one of the meetings of
# its latest group-year up to the day's year, or the latest meeting before that year: a
# handful of candidates instead of every meeting the group ever held.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           ?groupYear sgd:group ?group ; sgd:year ?year ; sgd:meeting ?meeting } }
WHERE {
  ?meeting sg:heldBy ?group ; sg:date ?date .
  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?year, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?groupYear)
} ;

# Each group-year's next one (the group's next year with a meeting), and there the latest
# meeting before it: every meeting of the earlier group-year's last date.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           ?groupYear sgd:nextGroupYear ?nextGroupYear . ?nextGroupYear sgd:latestBefore ?last } }
WHERE {
  { SELECT ?group ?year (MIN(?laterYear) AS ?nextYear) (MAX(?lastDateOfYear) AS ?lastDate)
    WHERE {
      { SELECT ?group ?year (MAX(STR(?date)) AS ?lastDateOfYear)
        WHERE { ?meeting sg:heldBy ?group ; sg:date ?date . BIND(SUBSTR(STR(?date), 1, 4) AS ?year) }
        GROUP BY ?group ?year }
      { SELECT DISTINCT ?group ?laterYear
        WHERE { ?later sg:heldBy ?group ; sg:date ?laterDate . BIND(SUBSTR(STR(?laterDate), 1, 4) AS ?laterYear) } }
      FILTER(STR(?laterYear) > STR(?year))
    }
    GROUP BY ?group ?year }
  # Joined on the group and the day with every meeting, read once.
  { ?last sg:heldBy ?group ; sg:date ?lastMeetingDate . BIND(STR(?lastMeetingDate) AS ?lastDate) }
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?year, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?groupYear)
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?nextYear, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?nextGroupYear)
} ;

# The groups each organisation or unit ever acted in (a membership or an attendance on behalf
# of it), so a question about an organisation on a day starts from its groups, not its history.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:actedIn ?group } }
WHERE {
  # Each pair once (at L 5,149 pairs from 559,936 facts), not once per fact to be written.
  SELECT DISTINCT ?unit ?group
  WHERE {
    { ?fact sg:onBehalfOf ?unit ; a org:Membership ; org:organization ?group }
    UNION
    { ?fact sg:onBehalfOf ?unit ; a sg:Attendance ; sg:meeting ?meeting . ?meeting sg:heldBy ?group }
  }
} ;

# The days each membership holds on (the rule of group-members-on-date), as an ISO 8601
# interval "FROM/UNTIL" with ".." for an open end: a period from its start to its end date, a
# statement from the day it was stated on, open-ended. A statement that the seat has ended
# (sg:ongoing false) and a membership without dates hold on no day and get none. A query asking
# who sat where on a day reads one value per membership instead of four optional dates.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:span ?span } }
WHERE {
  ?fact a org:Membership .
  OPTIONAL { ?fact sg:startDate ?start }
  OPTIONAL { ?fact sg:endDate ?end }
  OPTIONAL { ?fact sg:statedOn ?statedOn }
  OPTIONAL { ?fact sg:ongoing ?ongoing }
  FILTER(BOUND(?start) || BOUND(?end) || (BOUND(?statedOn) && !(BOUND(?ongoing) && ?ongoing = false)))
  BIND(IF(BOUND(?start) || BOUND(?end),
          CONCAT(COALESCE(STR(?start), ".."), "/", COALESCE(STR(?end), "..")),
          CONCAT(STR(?statedOn), "/..")) AS ?span)
} ;

# For every membership stated on a day (sg:statedOn), the first day a later statement of the
# same seat (group, person and one of its roles; the same day counts when its IRI sorts first)
# was made: the seat stands on a day unless it was restated on or before it (see
# group-members-on-date), one lookup instead of a scan of every membership.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:restatedOn ?restated } }
WHERE {
  SELECT ?fact (MIN(STR(?sameStated)) AS ?restated)
  WHERE {
    ?fact sg:statedOn ?statedOn ; org:member ?person ; org:organization ?group ; org:role ?role ; a org:Membership .
    # From the person (a handful of seats), not from the role (every seat of its kind in the graph).
    ?same org:member ?person ; org:organization ?group ; org:role ?role ; sg:statedOn ?sameStated ; a org:Membership .
    FILTER(?same != ?fact && (STR(?sameStated) > STR(?statedOn)
                              || (STR(?sameStated) = STR(?statedOn) && STR(?same) < STR(?fact))))
  }
  GROUP BY ?fact
} ;

# For every membership and attendance cited in several documents (a seat begun in one set of
# minutes and ended in a later one, minutes and a corrected copy), its first source: the one
# whose earliest recorded meeting comes first, then by IRI. The queries listing such facts give
# each one row with that source, in one lookup. A fact cited once (nearly all) gets nothing.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:firstSource ?source } }
WHERE {
  # From the memberships and attendance (at L 4.8 s), not a join of every citation with every
  # other (8.9 s); one triple pattern after the union, the rest in FILTER (apache/jena#3763).
  { ?fact a org:Membership } UNION { ?fact a sg:Attendance }
  ?fact sg:citedIn ?source .
  FILTER EXISTS { ?fact sg:citedIn ?other FILTER(?other != ?source) }
  FILTER NOT EXISTS {
    ?fact sg:citedIn ?firstSource .
    FILTER(?firstSource != ?source)
    ?firstSource sg:recordsMeeting/sg:date ?firstDate .
    FILTER NOT EXISTS {
      ?source sg:recordsMeeting/sg:date ?sourceDate .
      FILTER(STR(?sourceDate) < STR(?firstDate)
             || (STR(?sourceDate) = STR(?firstDate) && STR(?source) < STR(?firstSource)))
    }
  }
} ;

# The dates the minutes cover: first and latest meeting date, and how many meetings.
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           sgd:coverage sgd:firstMeetingDate ?first ; sgd:latestMeetingDate ?latest ; sgd:meetingCount ?meetings } }
WHERE {
  SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?latest) (COUNT(?meeting) AS ?meetings)
  WHERE { ?meeting a sg:Meeting ; sg:date ?date }
}
