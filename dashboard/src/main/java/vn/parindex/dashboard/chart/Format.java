package vn.parindex.dashboard.chart;

/** The image formats a chart can be rendered to, with the HTTP content type of each. */
public enum Format {
    PNG("image/png"),
    SVG("image/svg+xml");

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }
}
