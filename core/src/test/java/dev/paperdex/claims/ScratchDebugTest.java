package dev.paperdex.claims;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ScratchDebugTest {
    @Test
    void debug() {
        String sentence = "Experiments show that SockNet-7B outperforms (ABC) the scripted arm by 4.2% and runs 2x faster. ";
        for (int n : new int[] {2000, 5000, 10000, 20000, 40000}) {
            String text = "We propose SockNet, a policy. " + sentence.repeat(n);
            long t = System.nanoTime();
            int c = ClaimExtractor.extract(text, List.of()).size();
            System.out.println(n + " -> " + c + " in " + (System.nanoTime() - t) / 1_000_000 + " ms");
        }
    }
}
