package org.disputesuite.tracking.performance;

import java.util.List;
import java.util.regex.Pattern;

import org.disputesuite.platform.web.ApiProblem;
import org.disputesuite.tracking.performance.model.CarrierFigures;
import org.disputesuite.tracking.performance.model.PerformanceRanking;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The carriers that shipped to one country, best first (docs/api.md, Carrier performance). The
 * country is an upper-case ISO 3166-1 alpha-2 code, the form shipments are registered with.
 */
@RestController
class CarrierPerformanceController {

    static final String PATH = "/api/v1/carriers/performance";

    private static final String COUNTRY_PARAMETER = "destinationCountry";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final String COUNTRY_RULE = "must be an ISO 3166-1 alpha-2 code in upper case, such as ES";

    private final ShipmentOutcomes shipments;

    CarrierPerformanceController(ShipmentOutcomes shipments) {
        this.shipments = shipments;
    }

    @GetMapping(PATH)
    List<CarrierFigures> performance(@RequestParam(name = COUNTRY_PARAMETER, required = false) String country) {
        if (country == null || country.isEmpty()) {
            throw ApiProblem.invalid(COUNTRY_PARAMETER, "is required; " + COUNTRY_RULE);
        }
        if (!COUNTRY_CODE.matcher(country).matches()) {
            throw ApiProblem.invalid(COUNTRY_PARAMETER, COUNTRY_RULE);
        }
        return PerformanceRanking.rank(country, shipments.toCountry(country));
    }
}
