package io.migcal.harness.pve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UpidTest {

    @Test
    void upidOfTokenStartedMigrationSplitsIntoItsFields() {
        Upid upid = Upid.parse("UPID:pve1:0006C7D9:0029F72D:68A60E01:qmigrate:104:cicd@pam!ansible:");

        assertThat(upid.node()).isEqualTo("pve1");
        assertThat(upid.pid()).isEqualTo(0x6C7D9L);
        assertThat(upid.pstartTicks()).isEqualTo(0x29F72DL);
        assertThat(upid.startEpochS()).isEqualTo(0x68A60E01L);
        assertThat(upid.type()).isEqualTo("qmigrate");
        assertThat(upid.id()).isEqualTo("104");
        assertThat(upid.user()).isEqualTo("cicd@pam!ansible");
        assertThat(upid.isHaMigrate()).isFalse();
    }

    @Test
    void nineDigitPstartAndHamigrateTypeAreAccepted() {
        Upid upid = Upid.parse("UPID:node-a:00001F40:1A2B3C4D5:5A7B1C2D:hamigrate:100:root@pam:");

        assertThat(upid.pstartTicks()).isEqualTo(0x1A2B3C4D5L);
        assertThat(upid.startEpochS()).isEqualTo(1_518_017_581L);
        assertThat(upid.isHaMigrate()).isTrue();
    }

    @Test
    void textThatIsNoUpidIsRefusedWithTheText() {
        assertThatThrownBy(() -> Upid.parse("UPID:pve1:xyz:1:2:qmigrate:1:root@pam:"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xyz");
        assertThatThrownBy(() -> Upid.parse("UPID:pve1:1:1:2:qmigrate:1:root@pam"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
