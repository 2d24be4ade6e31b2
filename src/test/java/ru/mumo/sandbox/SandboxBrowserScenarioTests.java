package ru.mumo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import ru.mumo.MumoBotApplication;

/**
 * The sandbox as a newcomer uses it: in a real (headless) Chromium, against the real bot started the way
 * {@code ./mvnw spring-boot:run} starts it without a token. Skipped where Debian's chromium and
 * chromium-driver are not installed; {@code .ci/run} installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SandboxBrowserScenarioTests {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(100);

    private ConfigurableApplicationContext bot;
    private WebDriver browser;
    private String page;

    @BeforeAll
    void start() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium is not installed (apt-get install chromium chromium-driver): sandbox browser tests skipped");
        bot = new SpringApplicationBuilder(MumoBotApplication.class).listeners(new SandboxLauncher())
                // A message a second to a chat, as Telegram asks, would make each step wait; the pace has its own tests.
                .run("--app.sandbox.allowed=true", "--app.telegram.token=", "--server.port=0",
                        "--spring.main.keep-alive=false", "--app.telegram.per-chat-interval=100ms");
        page = "http://localhost:" + bot.getEnvironment().getProperty("local.server.port") + "/sandbox";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=2400,1200", "--user-data-dir=" + Files.createTempDirectory("sandbox-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (bot != null) {
            bot.close();
        }
    }

    /** First, before anyone typed or the demo ran: every phone is there, with its person's name, role and empty chat. */
    @Test
    @Order(1)
    void theFirstOpenShowsEveryPhone() {
        browser.get(page);
        List<WebElement> phones = new WebDriverWait(browser, WAIT).until(b -> {
            List<WebElement> shown = b.findElements(By.cssSelector("section.phone"));
            return shown.size() == 7 ? shown : null;
        });
        assertThat(phones).extracting(p -> p.findElement(By.cssSelector("header .name")).getText())
                .containsExactly("Ольга", "Анна", "Светлана", "Мария", "Иван", "Елена", "Пётр");
        assertThat(phones).extracting(p -> p.findElement(By.cssSelector("header .role")).getText())
                .containsExactly("сотрудник Управления образования", "ещё не зарегистрирован(а)",
                        "ещё не зарегистрирован(а)", "ещё не зарегистрирован(а)", "ещё не зарегистрирован(а)",
                        "ещё не зарегистрирован(а)", "ещё не зарегистрирован(а)");
        assertThat(phones).allSatisfy(p -> assertThat(p.findElement(By.cssSelector(".chat .empty")).getText())
                .isEqualTo("Пока пусто. Отправьте /start."));
    }

    /** A page of another site open in the same browser gets nothing: not by its own DNS name, not by posting. */
    @Test
    @Order(2)
    void onlyTheSandboxsOwnPageOnThisComputerIsAnswered() throws IOException {
        String local = "localhost:" + bot.getEnvironment().getProperty("local.server.port");
        String rebound = "rebound.example:" + bot.getEnvironment().getProperty("local.server.port");
        String send = "{\"user\":100,\"text\":\"/help\"}";
        assertThat(exchange("GET", "/sandbox/api/state", local, null, null)).startsWith("HTTP/1.1 200");
        assertThat(exchange("GET", "/sandbox/api/state", rebound, null, null)).startsWith("HTTP/1.1 403");
        assertThat(exchange("GET", "/sandbox", rebound, null, null)).startsWith("HTTP/1.1 403");
        assertThat(exchange("POST", "/sandbox/api/send", local, "https://evil.example", send)).startsWith("HTTP/1.1 403");
        assertThat(exchange("POST", "/sandbox/api/send", local, "http://" + local, send)).startsWith("HTTP/1.1 200");
    }

    /** One HTTP/1.1 exchange on a plain socket, which, unlike Java's HTTP client, sends any Host header. */
    private String exchange(String method, String path, String host, String origin, String json) throws IOException {
        int port = Integer.parseInt(bot.getEnvironment().getProperty("local.server.port"));
        byte[] body = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host
                + "\r\nConnection: close\r\n");
        if (origin != null) {
            head.append("Origin: ").append(origin).append("\r\n");
        }
        if (json != null) {
            head.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(body);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewcomerRegistersATeacherThroughAnInviteAndSeesTheDemoAssociation() {
        browser.get(page);
        type("Ольга", "/new_association МУМО учителей истории");
        await(() -> lastBotMessage(phone("Ольга"), "Какому положению следует"));
        press("Ольга", "📜 Положение Спировского округа");
        WebElement created = await(() -> lastBotMessage(phone("Ольга"), "создано"));
        List<WebElement> links = created.findElements(By.cssSelector("a.invite"));
        assertThat(links).hasSize(2);
        links.get(1).click();
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(b -> {
            phone("Ольга").findElement(By.xpath(".//div[@class='openers']/button[text()='Мария']")).click();
            return true;
        });

        await(() -> lastBotMessage(phone("Мария"), "Согласие на обработку персональных данных"));
        press("Мария", "✅ Принимаю");
        await(() -> lastBotMessage(phone("Мария"), "фамилию, имя и отчество"));
        type("Мария", "Иванова Мария Петровна");
        await(() -> lastBotMessage(phone("Мария"), "Место работы"));
        type("Мария", "МБОУ СОШ № 3");
        await(() -> lastBotMessage(phone("Мария"), "должность"));
        type("Мария", "учитель истории");
        await(() -> lastBotMessage(phone("Мария"), "Добро пожаловать, Иванова Мария Петровна"));
        assertThat(phone("Мария").findElement(By.cssSelector("header .role")).getText())
                .contains("член МУМО", "МУМО учителей истории");

        demoAssociation();
        assertThat(phone("Светлана").findElement(By.cssSelector("header .role")).getText())
                .contains("ответственный секретарь");
        assertThat(phone("Пётр").findElement(By.cssSelector("header .role")).getText()).contains("приглашённый");
    }

    @Test
    void theDemoAssociationHoldsAMeetingWithCheckInAndAVoteAndGetsItsProtocol() throws Exception {
        browser.get(page);
        demoAssociation();
        type("Светлана", "/meeting_new");
        await(() -> lastBotMessage(phone("Светлана"), "Когда заседание?"));
        type("Светлана", "завтра 10:00");
        await(() -> lastBotMessage(phone("Светлана"), "Как пройдёт заседание?"));
        press("Светлана", "Очно");
        await(() -> lastBotMessage(phone("Светлана"), "Где пройдёт заседание?"));
        type("Светлана", "МБОУ СОШ № 1, кабинет 12");
        await(() -> lastBotMessage(phone("Светлана"), "Повестка дня"));
        type("Светлана", "Утвердить план работы на год");
        await(() -> lastBotMessage(phone("Светлана"), "Вопрос 1 добавлен"));
        type("Светлана", "/done");
        await(() -> lastBotMessage(phone("Светлана"), "Проверьте заседание"));
        press("Светлана", "✅ Подтвердить");
        await(() -> lastBotMessage(phone("Светлана"), "назначено"));
        await(() -> lastBotMessage(phone("Мария"), "назначено заседание"));
        press("Мария", "Приду");

        String before = browser.findElement(By.id("clock")).getText();
        browser.findElement(By.id("shift-day")).click();
        new WebDriverWait(browser, WAIT).until(b -> !b.findElement(By.id("clock")).getText().equals(before));

        type("Светлана", "/checkin");
        await(() -> lastBotMessage(phone("Светлана"), "Отметка присутствия на заседании от "));
        List<String> members = List.of("Анна", "Светлана", "Мария", "Иван", "Елена");
        for (String name : members) {
            await(() -> lastBotMessage(phone(name), "Идёт заседание от "));
            press(name, "🙋 Я на заседании");
            await(() -> lastBotMessage(phone(name), "Отмечено: вы на заседании"));
        }
        type("Светлана", "/vote_open Утвердить план работы на год");
        for (String name : members) {
            await(() -> lastBotMessage(phone(name), "Голосование на заседании от "));
            press(name, "За");
            await(() -> lastBotMessage(phone(name), "Ваш выбор: За"));
        }
        type("Светлана", "/vote_close");
        await(() -> lastBotMessage(phone("Мария"), "За 5, против 0, воздержались 0, не голосовали 0"));
        type("Светлана", "/meeting_close");
        await(() -> lastBotMessage(phone("Светлана"), "Заседание № 1 закрыто"));
        type("Светлана", "/protocol");
        WebElement download = await(() -> phone("Светлана").findElements(By.cssSelector(".document a")).stream()
                .filter(a -> a.getText().endsWith(".docx")).reduce((a, b) -> b).orElse(null));

        HttpResponse<InputStream> file = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(download.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(file.statusCode()).isEqualTo(200);
        try (XWPFDocument protocol = new XWPFDocument(file.body());
                XWPFWordExtractor text = new XWPFWordExtractor(protocol)) {
            assertThat(text.getText()).containsIgnoringCase("протокол")
                    .contains("Утвердить план работы на год", "Петрова", "Орлова");
        }

        Path screenshot = Path.of("target", "sandbox-screenshot.png");
        Files.write(screenshot, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        assertThat(Files.size(screenshot)).isPositive();
    }

    /** Creates the demo association once; later calls find it ready. */
    private void demoAssociation() {
        WebElement demo = new WebDriverWait(browser, WAIT).until(b -> b.findElement(By.id("demo")));
        if (demo.isEnabled()) {
            demo.click();
        }
        new WebDriverWait(browser, WAIT).until(b -> b.findElement(By.id("demo-state")).getText().contains("готово"));
    }

    @Test
    void theClockMovesForward() {
        browser.get(page);
        String before = new WebDriverWait(browser, WAIT).until(b -> {
            String text = b.findElement(By.id("clock")).getText();
            return text.isEmpty() ? null : text;
        });
        browser.findElement(By.id("shift-day")).click();
        new WebDriverWait(browser, WAIT).until(b -> !b.findElement(By.id("clock")).getText().equals(before));
        assertThat(browser.findElement(By.id("clock")).getText().substring(0, 10)).isNotEqualTo(before.substring(0, 10));
    }

    /** The phone of that person; one call into the page, not one per phone (each call crosses to the browser). */
    private WebElement phone(String name) {
        return new WebDriverWait(browser, WAIT).pollingEvery(POLL).until(b -> (WebElement) script(
                "return [...document.querySelectorAll('section.phone')]"
                        + ".find(p => p.querySelector('header .name')?.innerText.trim() === arguments[0]) || null;",
                name));
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Types into a phone and sends; the input lives outside the redrawn chat, so it is never stale. */
    private void type(String name, String text) {
        WebElement phone = phone(name);
        phone.findElement(By.cssSelector("form.compose input")).sendKeys(text);
        phone.findElement(By.cssSelector("form.compose button")).click();
    }

    /** Presses the newest button with that text; the page redraws a chat when it changes, so look again if needed. */
    private void press(String name, String button) {
        new WebDriverWait(browser, WAIT).pollingEvery(POLL).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(b -> {
                    List<WebElement> buttons = phone(name).findElements(
                            By.xpath(".//div[contains(@class,'keyboard')]//button[text()='" + button + "']"));
                    if (buttons.isEmpty()) {
                        return false;
                    }
                    buttons.get(buttons.size() - 1).click();
                    return true;
                });
    }

    /** The phone's last bot message containing the fragment, found in one call into the page. */
    private WebElement lastBotMessage(WebElement phone, String fragment) {
        return (WebElement) script("const found = [...arguments[0].querySelectorAll('.msg.bot')]"
                + ".filter(m => m.innerText.includes(arguments[1])); return found.length ? found[found.length - 1] : null;",
                phone, fragment);
    }

    private WebElement await(java.util.function.Supplier<WebElement> lookup) {
        return new WebDriverWait(browser, WAIT).pollingEvery(POLL).ignoring(StaleElementReferenceException.class)
                .until(b -> lookup.get());
    }
}
