# Derived facts after a change (store/DerivedFacts): the facts of derived-facts.ru computed
# again only for what the changed files touch. Two lists are filled in from the changed
# files, in their old content and their new: VALUES ?key { } with every IRI they name (as
# subject or object), VALUES ?described { } with every IRI they describe (as subject). Two
# more are read from the store before it runs (derived-facts-groups.rq): VALUES
# ?concernedGroup { } with the groups concerned (every IRI named, and every group holding a
# meeting named) and VALUES ?linkedGroup { } with every group holding a meeting of one of
# them; SPARQL Update cannot name a subquery, and a dozen operations start from these. A
# derived fact is deleted and computed again from the default graph (the union of the
# files' graphs) when it is about a node named, or when a node it reads was described: a
# role's label reaches every fact with that role, a person's name every item the person
# presents, a unit's place in its organisation every unit below it. So the result is what
# derived-facts.ru gives after the change, at the cost of what the change touches. Coverage
# is computed whole (one aggregate over the meetings' dates). Each VALUES stands in the group
# that uses it: a BIND in a group of its own would not see it. In this JVM every WHERE is
# evaluated before anything is written, so no operation may read what another one writes
# (each DELETE reads only the derived facts of its own kind).
PREFIX sg:   <https://w3id.org/samverkan/def#>
PREFIX sgd:  <https://w3id.org/samverkan/derived#>
PREFIX org:  <http://www.w3.org/ns/org#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>

# Roles: the facts named, and the facts holding a role described.
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact ?property ?value } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?fact) }
  UNION { VALUES ?described { } ?fact sg:meetingRole ?described }
  UNION { VALUES ?described { } ?fact org:role ?described }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact ?property ?value }
  FILTER(?property IN (sgd:role, sgd:roleLabel))
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:role ?role ; sgd:roleLabel ?roleLabel } }
WHERE {
  SELECT ?fact (SAMPLE(?anyRole) AS ?role)
         (GROUP_CONCAT(DISTINCT ?anyRoleLabel; separator="; ") AS ?roleLabel)
  WHERE {
    # The facts named or holding a role described, each once (a fact counted twice would
    # look like one with several roles), then their roles.
    { SELECT DISTINCT ?fact
      WHERE {
        { VALUES ?key { } BIND(?key AS ?fact) }
        UNION { VALUES ?described { } ?fact sg:meetingRole ?described }
        UNION { VALUES ?described { } ?fact org:role ?described }
      } }
    ?fact sg:meetingRole|org:role ?anyRole .
    OPTIONAL { ?anyRole skos:prefLabel ?anyRoleLabel FILTER(LANG(?anyRoleLabel) = "sv") }
  }
  GROUP BY ?fact
  # Several roles (every role has one Swedish label: shapes.ttl).
  HAVING (COUNT(*) > 1)
} ;

# Item and decision counts: the meetings named, and the meetings of the items and decisions described.
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting ?property ?value } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?meeting) } UNION { VALUES ?described { } ?described sg:meeting ?meeting }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting ?property ?value }
  FILTER(?property IN (sgd:itemCount, sgd:decisionCount))
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:itemCount ?items } }
WHERE {
  SELECT ?meeting (COUNT(DISTINCT ?agendaItem) AS ?items)
  WHERE {
    { VALUES ?key { } BIND(?key AS ?meeting) ?agendaItem sg:meeting ?meeting ; a sg:AgendaItem }
    UNION { VALUES ?described { } ?described sg:meeting ?meeting . ?agendaItem sg:meeting ?meeting ; a sg:AgendaItem }
  }
  GROUP BY ?meeting
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:decisionCount ?decisions } }
WHERE {
  SELECT ?meeting (COUNT(DISTINCT ?decision) AS ?decisions)
  WHERE {
    { VALUES ?key { } BIND(?key AS ?meeting) ?decision sg:meeting ?meeting ; a sg:Decision }
    UNION { VALUES ?described { } ?described sg:meeting ?meeting . ?decision sg:meeting ?meeting ; a sg:Decision }
  }
  GROUP BY ?meeting
} ;

# Meeting counts: the groups named (a meeting added, removed or moved names its group).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?group sgd:meetingCount ?value } }
WHERE {
  VALUES ?key { } BIND(?key AS ?group)
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?group sgd:meetingCount ?value }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?group sgd:meetingCount ?meetings } }
WHERE {
  SELECT ?group (COUNT(DISTINCT ?meeting) AS ?meetings)
  WHERE { VALUES ?key { } BIND(?key AS ?group) ?meeting sg:heldBy ?group }
  GROUP BY ?group
} ;

# Presenters: the items named, and the items a person described presents.
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?item sgd:presenters ?value } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?item) } UNION { VALUES ?described { } ?item sg:presenter ?described }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?item sgd:presenters ?value }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?item sgd:presenters ?presenters } }
WHERE {
  SELECT ?item (GROUP_CONCAT(DISTINCT ?presenterName; separator="; ") AS ?presenters)
  WHERE {
    { VALUES ?key { } BIND(?key AS ?item) ?item sg:presenter ?presenter ; a sg:AgendaItem }
    UNION { VALUES ?described { } ?item sg:presenter ?described . ?item sg:presenter ?presenter ; a sg:AgendaItem }
    ?presenter foaf:name ?presenterName
  }
  GROUP BY ?item
} ;

# The organisations a unit is within: the units named, and every unit below an organisation
# described (before the change, as the derived graph has it, and after, as the data has it).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:withinOrganisation ?top } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?unit) }
  UNION { VALUES ?described { } GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:withinOrganisation ?described } }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:withinOrganisation ?top }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:withinOrganisation ?top } }
WHERE {
  { SELECT DISTINCT ?unit WHERE {
      { VALUES ?key { } BIND(?key AS ?unit) } UNION { VALUES ?described { } ?unit org:unitOf* ?described }
      FILTER EXISTS { ?fact sg:onBehalfOf ?unit } } }
  ?unit org:unitOf* ?top .
} ;

# (Here and in the group-years: one triple pattern after the groups concerned, which are none
# for a change naming no meeting or group, the date in OPTIONAL and FILTER: Jena 6.0.0's TDB2
# fails on a pattern of several triples after a step that gave no rows, apache/jena#3763, and
# the change's derived facts were then computed whole.)
# Next meetings: every meeting named, and every meeting of a group named or of a group of a
# meeting named (a meeting added, moved or removed changes its group's sequence, and its file
# names the group), for each of the groups holding it: as in derived-facts.ru, over the
# meetings of those groups and of every group sharing a meeting with them (a joint meeting is
# followed in each of its groups, and its pairs go with the group that changed).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:followedBy ?next } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?meeting) }
  UNION
  { { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
    ?meeting sg:heldBy ?group }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:followedBy ?next }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?meeting sgd:followedBy ?next } }
WHERE {
  {
    SELECT ?meeting (IRI(STRAFTER(MIN(CONCAT(STR(?laterDate), " ", STR(?later))), " ")) AS ?next)
    WHERE {
      { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
        ?meeting sg:heldBy ?group . OPTIONAL { ?meeting sg:date ?date } FILTER(BOUND(?date))
        BIND(CONCAT(SUBSTR(STR(?date), 1, 4), " ", STR(?group)) AS ?groupYear) }
      { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?laterGroup) }
        ?later sg:heldBy ?laterGroup . OPTIONAL { ?later sg:date ?laterDate } FILTER(BOUND(?laterDate))
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
            WHERE { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
                    ?yearMeeting sg:heldBy ?group . OPTIONAL { ?yearMeeting sg:date ?yearDate } FILTER(BOUND(?yearDate))
                    BIND(SUBSTR(STR(?yearDate), 1, 4) AS ?year) } }
          { SELECT DISTINCT ?group ?laterYear
            WHERE { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
                    ?laterMeeting sg:heldBy ?group . OPTIONAL { ?laterMeeting sg:date ?laterDate } FILTER(BOUND(?laterDate))
                    BIND(SUBSTR(STR(?laterDate), 1, 4) AS ?laterYear) } }
          FILTER(STR(?laterYear) > STR(?year))
        }
        GROUP BY ?group ?year }
      { SELECT ?group ?year (MAX(STR(?date)) AS ?lastDay)
        WHERE { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
                ?anyMeeting sg:heldBy ?group . OPTIONAL { ?anyMeeting sg:date ?date } FILTER(BOUND(?date))
                BIND(SUBSTR(STR(?date), 1, 4) AS ?year) }
        GROUP BY ?group ?year }
      { SELECT ?group ?nextYear (MIN(CONCAT(STR(?date), " ", STR(?firstMeeting))) AS ?firstOfNextYear)
        WHERE { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
                ?firstMeeting sg:heldBy ?group . OPTIONAL { ?firstMeeting sg:date ?date } FILTER(BOUND(?date))
                BIND(SUBSTR(STR(?date), 1, 4) AS ?nextYear) }
        GROUP BY ?group ?nextYear }
      { { VALUES ?linkedGroup { } BIND(?linkedGroup AS ?group) }
        ?meeting sg:heldBy ?group . OPTIONAL { ?meeting sg:date ?meetingDate } FILTER(BOUND(?meetingDate))
        BIND(STR(?meetingDate) AS ?lastDay) }
      BIND(IRI(STRAFTER(?firstOfNextYear, " ")) AS ?next)
    }
  }
} ;

# Group-years: every group named and every group of a meeting named, all its years again (a
# meeting added, moved or removed changes its year's meetings, and the next and latest-before
# links of the years around it).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?groupYear ?property ?value } }
WHERE {
  { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
  # (One triple pattern per step after the union, which may give no rows: apache/jena#3763.)
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?groupYear sgd:group ?group }
  OPTIONAL { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?groupYear ?property ?value } }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           ?groupYear sgd:group ?group ; sgd:year ?year ; sgd:meeting ?meeting } }
WHERE {
  { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
  ?meeting sg:heldBy ?group . OPTIONAL { ?meeting sg:date ?date } FILTER(BOUND(?date))
  BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?year, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?groupYear)
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           ?groupYear sgd:nextGroupYear ?nextGroupYear . ?nextGroupYear sgd:latestBefore ?last } }
WHERE {
  { SELECT ?group ?year (MIN(?laterYear) AS ?nextYear) (MAX(?lastDateOfYear) AS ?lastDate)
    WHERE {
      # Each aggregate over the groups concerned only (a subquery is evaluated on its own).
      { SELECT ?group ?year (MAX(STR(?date)) AS ?lastDateOfYear)
        WHERE {
          { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
          ?meeting sg:heldBy ?group . OPTIONAL { ?meeting sg:date ?date } FILTER(BOUND(?date))
          BIND(SUBSTR(STR(?date), 1, 4) AS ?year)
        }
        GROUP BY ?group ?year }
      { SELECT DISTINCT ?group ?laterYear
        WHERE {
          { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
          ?later sg:heldBy ?group . OPTIONAL { ?later sg:date ?laterDate } FILTER(BOUND(?laterDate))
          BIND(SUBSTR(STR(?laterDate), 1, 4) AS ?laterYear)
        } }
      FILTER(STR(?laterYear) > STR(?year))
    }
    GROUP BY ?group ?year }
  { { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
    ?last sg:heldBy ?group . OPTIONAL { ?last sg:date ?lastMeetingDate } FILTER(BOUND(?lastMeetingDate))
    BIND(STR(?lastMeetingDate) AS ?lastDate) }
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?year, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?groupYear)
  BIND(IRI(CONCAT("https://w3id.org/samverkan/derived/group-year/", ?nextYear, "/",
                  ENCODE_FOR_URI(STR(?group)))) AS ?nextGroupYear)
} ;

# Groups acted in: every group named, and every group of a meeting named (a fact's file names
# its group, or the meeting that names it; a unit changed on a fact is named with the group).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:actedIn ?group } }
WHERE {
  { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:actedIn ?group }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?unit sgd:actedIn ?group } }
WHERE {
  { VALUES ?concernedGroup { } BIND(?concernedGroup AS ?group) }
  { ?fact org:organization ?group ; a org:Membership ; sg:onBehalfOf ?unit }
  UNION
  { ?meeting sg:heldBy ?group . ?fact sg:meeting ?meeting ; a sg:Attendance ; sg:onBehalfOf ?unit }
} ;

# Spans: the memberships named (a membership's dates are in the files that describe it).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:span ?span } }
WHERE {
  VALUES ?key { } BIND(?key AS ?fact)
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:span ?span }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:span ?span } }
WHERE {
  VALUES ?key { } BIND(?key AS ?fact)
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

# Restatements: the memberships named, and every membership in a group named (a statement
# added or removed in one file restates seats stated in others; its file names the group).
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:restatedOn ?restated } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?fact) } UNION { VALUES ?key { } ?fact org:organization ?key }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:restatedOn ?restated }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:restatedOn ?restated } }
WHERE {
  SELECT ?fact (MIN(STR(?sameStated)) AS ?restated)
  WHERE {
    { SELECT DISTINCT ?fact WHERE {
        { VALUES ?key { } BIND(?key AS ?fact) } UNION { VALUES ?key { } ?fact org:organization ?key } } }
    # One triple pattern after the step, which may give no rows (the IRIs named are mostly not
    # memberships), the rest in OPTIONAL and FILTER: Jena 6.0.0's TDB2 fails on a pattern of
    # several triples there (apache/jena#3763), and the change's facts were then computed whole.
    ?fact sg:statedOn ?statedOn .
    OPTIONAL { ?fact org:member ?person }
    OPTIONAL { ?fact org:organization ?group }
    OPTIONAL { ?fact org:role ?role }
    FILTER(BOUND(?person) && BOUND(?group) && BOUND(?role) && EXISTS { ?fact a org:Membership })
    # From the person (a handful of seats), not from the role (every seat of its kind in the graph).
    ?same org:member ?person .
    OPTIONAL { ?same sg:statedOn ?sameStated }
    FILTER(BOUND(?sameStated) && ?same != ?fact
           && EXISTS { ?same org:organization ?group } && EXISTS { ?same org:role ?role }
           && EXISTS { ?same a org:Membership }
           && (STR(?sameStated) > STR(?statedOn)
               || (STR(?sameStated) = STR(?statedOn) && STR(?same) < STR(?fact))))
  }
  GROUP BY ?fact
} ;

# First sources (memberships and attendance): the facts named, the facts citing a source named,
# and the facts citing the source of a meeting named (its date decides which source is first).
# (One triple pattern after each step that may give no rows: apache/jena#3763.)
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:firstSource ?first } }
WHERE {
  { VALUES ?key { } BIND(?key AS ?fact) }
  UNION { VALUES ?key { } ?fact sg:citedIn ?key }
  UNION { { SELECT DISTINCT ?cited WHERE { VALUES ?key { } ?cited sg:recordsMeeting ?key } } ?fact sg:citedIn ?cited }
  GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:firstSource ?first }
} ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> { ?fact sgd:firstSource ?source } }
WHERE {
  { SELECT DISTINCT ?fact WHERE {
      { VALUES ?key { } BIND(?key AS ?fact) }
      UNION { VALUES ?key { } ?fact sg:citedIn ?key }
      UNION { { SELECT DISTINCT ?cited WHERE { VALUES ?key { } ?cited sg:recordsMeeting ?key } } ?fact sg:citedIn ?cited } } }
  ?fact sg:citedIn ?source .
  FILTER EXISTS { ?fact sg:citedIn ?other FILTER(?other != ?source) }
  FILTER EXISTS { { ?fact a org:Membership } UNION { ?fact a sg:Attendance } }
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

# The version they were computed for goes; DerivedFacts adds the new one.
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           <https://w3id.org/samverkan/graph/_derived> sgd:computedFor ?version } }
WHERE { GRAPH <https://w3id.org/samverkan/graph/_derived> {
          <https://w3id.org/samverkan/graph/_derived> sgd:computedFor ?version } } ;

# Coverage, whole.
DELETE { GRAPH <https://w3id.org/samverkan/graph/_derived> { sgd:coverage ?property ?value } }
WHERE { GRAPH <https://w3id.org/samverkan/graph/_derived> { sgd:coverage ?property ?value } } ;
INSERT { GRAPH <https://w3id.org/samverkan/graph/_derived> {
           sgd:coverage sgd:firstMeetingDate ?first ; sgd:latestMeetingDate ?latest ; sgd:meetingCount ?meetings } }
WHERE {
  SELECT (MIN(?date) AS ?first) (MAX(?date) AS ?latest) (COUNT(?meeting) AS ?meetings)
  WHERE { ?meeting a sg:Meeting ; sg:date ?date }
}
