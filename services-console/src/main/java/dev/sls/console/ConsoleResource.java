package dev.sls.console;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.keycloak.headers.SecurityHeadersProvider;
import org.keycloak.models.KeycloakSession;

/**
 * Serves the console's built files ({@link ConsoleFiles}) with their content types, a strict Content-Security-Policy
 * and revalidated caching (an ETag of the content: a new pack version is picked up at once). The page holds no data
 * and no secret; everything it shows comes from the admin API, which checks every call.
 */
public final class ConsoleResource {

    /** Only this server's own scripts, styles and API; no inline code, no frames, no other origin. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";
    private static final String INDEX = "index.html";

    private final KeycloakSession session;

    ConsoleResource(KeycloakSession session) {
        this.session = session;
        // the realm's browser headers are made for login pages (frames allowed from 'self'); these pages set their own
        SecurityHeadersProvider headers = session.getProvider(SecurityHeadersProvider.class);
        if (headers != null) {
            headers.options().skipHeaders();
        }
    }

    @GET
    public Response index(@HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        UriInfo uri = session.getContext().getUri();
        String path = uri.getRequestUri().getRawPath();
        if (!path.endsWith("/")) {
            // the page's files are named relative to the console's folder
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(uri.getRequestUriBuilder().replacePath(path + "/").replaceQuery(null).build()).build();
        }
        return file(INDEX, ifNoneMatch);
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String name, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ConsoleFiles.File file = ConsoleFiles.get(name);
        if (file == null) {
            return secured(Response.status(Response.Status.NOT_FOUND).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Not found")).build();
        }
        if (file.etag().equals(ifNoneMatch)) {
            return secured(Response.notModified()).header(HttpHeaders.ETAG, file.etag()).build();
        }
        return secured(Response.ok(file.bytes(), file.contentType())).header(HttpHeaders.ETAG, file.etag())
                .build();
    }

    private static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "none")
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
}
