import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws PrepDesk's icon (a note card with a check mark and two lines of text) as a PNG:
 * java DrawIcon.java OUT.png [SIZE]. The committed prepdesk.png was made with it at 256.
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(n / 256.0, n / 256.0);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2F6FDE), 0, 256, new Color(0x1D4BA8)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));
        g.setColor(new Color(0xFFFFFF));
        g.fill(new RoundRectangle2D.Double(52, 44, 152, 176, 18, 18));
        g.setColor(new Color(0xC9D6EE));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(80, 156, 176, 156);
        g.drawLine(80, 186, 150, 186);
        g.setColor(new Color(0x23A36B));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {84, 112, 170}, new int[] {100, 126, 72}, 3);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
