package se.samverkansgrafen.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * Lucene analysis for names and labels: lower case, Swedish Snowball stemming (so
 * "kommunens" finds "kommun"), then folding to ASCII so that OCR text without å/ä/ö
 * ("Angman", "Orebro") finds "Ångman" and "Örebro" and the other way round.
 * The same chain is declared for the external Fuseki in docker/fuseki/config.ttl.
 */
public final class SwedishNameAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new SnowballFilter(stream, new SwedishStemmer());
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Fuzzy and prefix terms are not analysed by the query parser, only normalised: fold them too. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
