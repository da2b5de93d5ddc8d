package se.samverkansgrafen.synth;

import java.util.HashSet;
import java.util.Set;

/** Invented Swedish names, drawn from common first names and surnames; unique within one region. */
final class NameBank {

    private static final String[] FIRST = {
            "Anna", "Eva", "Maria", "Karin", "Sara", "Lena", "Kristina", "Emma", "Johanna", "Malin", "Elin",
            "Linnea", "Ingrid", "Camilla", "Helena", "Annika", "Ulrika", "Sofia", "Jenny", "Åsa", "Petra",
            "Madelene", "Ann-Mari", "Marie-Louise", "Katarina", "Birgitta", "Therese", "Susanne", "Cecilia",
            "Ewa", "Gunilla", "Pia", "Lotta", "Frida", "Hanna", "Ida", "Märta", "Britt", "Siv", "Agneta",
            "Erik", "Lars", "Anders", "Johan", "Per", "Karl", "Mikael", "Peter", "Fredrik", "Daniel", "Magnus",
            "Stefan", "Jonas", "Mats", "Henrik", "Ola", "Björn", "Ingmar", "Patrik", "Martin", "Håkan", "Göran",
            "Jan", "Niklas", "Tomas", "Mattias", "Andreas", "Jörgen", "Ulf", "Åke", "Olof", "Gustav", "Emil"};

    private static final String[] LAST = {
            "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
            "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson", "Bengtsson", "Jönsson",
            "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist", "Lindgren", "Berg",
            "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson", "Berglund",
            "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
            "Danielsson", "Håkansson", "Lundin", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson",
            "Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg",
            "Nyberg", "Blomqvist", "Claesson", "Nordström", "Mårtensson", "Lundström", "Viberg", "Hedlund",
            "Åberg", "Strid", "Öberg", "Hellström", "Ekström", "Sundberg", "Åström", "Dahlberg", "Hedberg",
            "Sjögren", "Ström", "Falk", "Söderström", "Åkesson", "Nordin", "Forslund", "Norberg", "Ågren"};

    private final Rng rng;
    private final Set<String> used = new HashSet<>();

    NameBank(Rng rng) {
        this.rng = rng;
    }

    /** A full name no one else in this bank has; now and then with a double surname. */
    String next() {
        while (true) {
            String name = rng.pick(FIRST) + " " + rng.pick(LAST);
            if (rng.chance(0.08)) {
                name = name + " " + rng.pick(LAST);
            }
            if (used.add(name)) {
                return name;
            }
        }
    }

    /** Claims a name made elsewhere (a variant taken for another person), so it is not handed out again. */
    boolean claim(String name) {
        return used.add(name);
    }
}
