package org.partnerledger.command.partnership.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.web.PlainText;

import java.util.List;

/** A review instrument's categories, factors and items as a client writes them. */
final class InstrumentBody {

    /** Keys of an instrument's parts, e.g. {@code communication-channels}. */
    static final String KEY = "[a-z0-9-]{1,60}";

    private InstrumentBody() {
    }

    record CategoryBody(@NotNull @Pattern(regexp = KEY) String key, @PlainText(max = 200) String name,
                        @NotEmpty @Size(max = 10) List<@NotNull @Valid FactorBody> factors) {

        ReviewCategory toCategory() {
            return new ReviewCategory(key, name, factors.stream().map(FactorBody::toFactor).toList());
        }
    }

    record FactorBody(@NotNull @Pattern(regexp = KEY) String key, @PlainText(max = 200) String name,
                      @NotEmpty @Size(max = 10) List<@NotNull @Valid ItemBody> items) {

        ReviewFactor toFactor() {
            return new ReviewFactor(key, name, items.stream().map(ItemBody::toItem).toList());
        }
    }

    record ItemBody(@NotNull @Pattern(regexp = KEY) String key, @PlainText(max = 500) String question) {

        ReviewItem toItem() {
            return new ReviewItem(key, question);
        }
    }
}
