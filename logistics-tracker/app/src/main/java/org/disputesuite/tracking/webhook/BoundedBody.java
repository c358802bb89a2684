package org.disputesuite.tracking.webhook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.disputesuite.platform.web.PayloadTooLargeException;

/** Reads a raw request body, refusing it as soon as it proves larger than the limit. */
final class BoundedBody {

    static final int MAX_BYTES = 1024 * 1024;

    private BoundedBody() {
    }

    static byte[] read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) != -1) {
            if (body.size() + n > MAX_BYTES) {
                throw new PayloadTooLargeException(MAX_BYTES);
            }
            body.write(buffer, 0, n);
        }
        return body.toByteArray();
    }
}
