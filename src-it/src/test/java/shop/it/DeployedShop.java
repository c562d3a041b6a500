package shop.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/** Each test class runs against the shop.ear the build produced, deployed by Arquillian to the running Payara Server. */
@ExtendWith(ArquillianExtension.class)
abstract class DeployedShop {

    @Deployment(testable = false)
    static EnterpriseArchive shop() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("shop.ear")));
    }
}
