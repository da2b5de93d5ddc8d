package se.samverkansgrafen.ingest;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationStrikeout;
import org.apache.pdfbox.util.Matrix;

/**
 * The near-horizontal strokes, thin filled bars and strike-out annotations on one PDF page:
 * everything that could be a line drawn through a name. Coordinates are in user space after
 * the current transformation, relative to the crop box's lower-left corner like PDFBox's
 * text positions, so that the two can be compared.
 */
final class StrikeMarks extends PDFGraphicsStreamEngine {

    /** A straight mark from (x1, y1) to (x2, y2), x1 &lt;= x2, drawn {@code thickness} thick. */
    record Mark(double x1, double y1, double x2, double y2, double thickness) {

        double yAt(double x) {
            return x2 == x1 ? y1 : y1 + (y2 - y1) * (x - x1) / (x2 - x1);
        }

        static Mark between(Point2D a, Point2D b, double thickness) {
            return a.getX() <= b.getX()
                    ? new Mark(a.getX(), a.getY(), b.getX(), b.getY(), thickness)
                    : new Mark(b.getX(), b.getY(), a.getX(), a.getY(), thickness);
        }
    }

    /** Strokes steeper than this are not strike lines (a slanted hand-drawn line is still fine). */
    private static final double MAX_SLOPE = 0.2;

    private final double originX;
    private final double originY;
    private final List<Mark> marks = new ArrayList<>();
    private final List<List<Point2D>> straightSubpaths = new ArrayList<>();
    private final List<Point2D[]> straightSegments = new ArrayList<>();
    private List<Point2D> subpath;
    private boolean subpathCurved;
    private Point2D current = new Point2D.Double();
    private int images;

    private StrikeMarks(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        this.originX = crop.getLowerLeftX();
        this.originY = crop.getLowerLeftY();
    }

    static StrikeMarks of(PDPage page) throws IOException {
        StrikeMarks found = new StrikeMarks(page);
        found.processPage(page);
        found.addStrikeOutAnnotations(page);
        return found;
    }

    List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** Whether the page paints any image: a page with images and no text is a scan. */
    boolean hasImages() {
        return images > 0;
    }

    private void addStrikeOutAnnotations(PDPage page) throws IOException {
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationStrikeout markup && markup.getQuadPoints() != null) {
                float[] quads = markup.getQuadPoints();
                for (int i = 0; i + 7 < quads.length; i += 8) {
                    double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
                    for (int k = 0; k < 8; k += 2) {
                        minX = Math.min(minX, quads[i + k]);
                        maxX = Math.max(maxX, quads[i + k]);
                        minY = Math.min(minY, quads[i + k + 1]);
                        maxY = Math.max(maxY, quads[i + k + 1]);
                    }
                    // The quad covers the struck text; a viewer draws the line through its middle.
                    double middle = (minY + maxY) / 2 - originY;
                    marks.add(new Mark(minX - originX, middle, maxX - originX, middle, 1));
                }
            }
        }
    }

    @Override
    public void moveTo(float x, float y) {
        startSubpath(new Point2D.Double(x, y));
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Double(x, y);
        if (subpath == null) {
            startSubpath(current);
        }
        straightSegments.add(new Point2D[] {current, to});
        subpath.add(to);
        current = to;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        if (subpath == null) {
            startSubpath(current);
        }
        subpathCurved = true;
        current = new Point2D.Double(x3, y3);
        subpath.add(current);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        startSubpath(p0);
        lineTo((float) p1.getX(), (float) p1.getY());
        lineTo((float) p2.getX(), (float) p2.getY());
        lineTo((float) p3.getX(), (float) p3.getY());
        closePath();
    }

    @Override
    public void closePath() {
        if (subpath != null && !subpath.isEmpty()) {
            Point2D start = subpath.getFirst();
            straightSegments.add(new Point2D[] {current, start});
            current = start;
        }
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void strokePath() {
        addStrokes();
        clearPath();
    }

    @Override
    public void fillPath(int windingRule) {
        addFilledBars();
        clearPath();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        addFilledBars();
        addStrokes();
        clearPath();
    }

    @Override
    public void endPath() {
        clearPath();
    }

    @Override
    public void clip(int windingRule) {
        // The path is consumed by the endPath (or paint) that follows.
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // Shadings fill regions, not lines.
    }

    private void startSubpath(Point2D start) {
        finishSubpath();
        subpath = new ArrayList<>();
        subpath.add(start);
        subpathCurved = false;
        current = start;
    }

    private void finishSubpath() {
        if (subpath != null && !subpathCurved && subpath.size() >= 3) {
            straightSubpaths.add(subpath);
        }
        subpath = null;
    }

    private void addStrokes() {
        double thickness = Math.max(0.5, getGraphicsState().getLineWidth() * scale(getGraphicsState().getCurrentTransformationMatrix()));
        for (Point2D[] segment : straightSegments) {
            double dx = Math.abs(segment[1].getX() - segment[0].getX());
            double dy = Math.abs(segment[1].getY() - segment[0].getY());
            if (dx > 0 && dy <= MAX_SLOPE * dx) {
                marks.add(shifted(Mark.between(segment[0], segment[1], thickness)));
            }
        }
    }

    /** A filled shape much wider than high (a thin rectangle) is a bar drawn through its middle. */
    private void addFilledBars() {
        finishSubpath();
        for (List<Point2D> points : straightSubpaths) {
            double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Point2D p : points) {
                minX = Math.min(minX, p.getX());
                maxX = Math.max(maxX, p.getX());
                minY = Math.min(minY, p.getY());
                maxY = Math.max(maxY, p.getY());
            }
            double height = maxY - minY;
            if (maxX - minX >= 3 * height) {
                double middle = (minY + maxY) / 2;
                marks.add(shifted(new Mark(minX, middle, maxX, middle, Math.max(height, 0.1))));
            }
        }
    }

    private Mark shifted(Mark mark) {
        return new Mark(mark.x1() - originX, mark.y1() - originY, mark.x2() - originX, mark.y2() - originY, mark.thickness());
    }

    private void clearPath() {
        subpath = null;
        straightSubpaths.clear();
        straightSegments.clear();
    }

    private static double scale(Matrix ctm) {
        return Math.sqrt(Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY()));
    }
}
