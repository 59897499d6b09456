#!/usr/bin/env python3
"""Walks Luoshi's main journeys in headless Chromium, one role after another, against a
server started with `luoshi serve --demo`, and saves screenshots of the main pages.

    journeys.py BASE_URL ARTIFACT_DIR REPORT_FILE

Each step asserts what a user would see; the first failure stops the run with a message and
a screenshot of the page it failed on."""

import os
import struct
import sys
import time
import tempfile
import zlib

from selenium import webdriver
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE, ARTIFACTS, REPORT = sys.argv[1].rstrip("/"), sys.argv[2], os.path.abspath(sys.argv[3])
PASSWORD = "luoshi-demo"
os.makedirs(ARTIFACTS, exist_ok=True)


def replaced(element):
    """Whether the page holding `element` is gone. Chromium reports a node of a replaced page
    as stale, or at times as 'Node with given id does not belong to the document' (an unknown
    error, which Selenium's staleness_of does not catch): both mean it is gone."""
    try:
        element.is_enabled()
        return False
    except WebDriverException:
        return True


def browser():
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN"):
        options.add_argument(argument)
    driver_path = "/usr/bin/chromedriver"
    service = Service(driver_path) if os.path.exists(driver_path) else Service()
    driver = webdriver.Chrome(service=service, options=options)
    driver.implicitly_wait(2)
    return driver


class Journey:
    def __init__(self, name):
        self.name = name
        self.driver = browser()

    def open(self, path):
        self.driver.get(BASE + path)
        return self

    def click(self, element):
        """Clicks a button that submits a form and waits for the next page to load."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        element.click()
        WebDriverWait(self.driver, 15).until(lambda _: replaced(page))
        WebDriverWait(self.driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def text(self, css="body"):
        # A redirect can replace the document between finding an element and reading it: read again.
        for attempt in range(10):
            try:
                return self.driver.find_element(By.CSS_SELECTOR, css).text
            except WebDriverException:
                if attempt == 9:
                    raise
                time.sleep(0.2)

    def expect(self, condition, message):
        if not condition:
            self.shot("FAILED-" + self.name)
            raise AssertionError(f"[{self.name}] {message} (at {self.driver.current_url})")

    def shot(self, name, width=1366):
        self.driver.set_window_size(width, 900)
        height = self.driver.execute_script("return document.documentElement.scrollHeight")
        self.driver.set_window_size(width, min(max(height, 600), 6000))
        self.driver.save_screenshot(os.path.join(ARTIFACTS, name + ".png"))
        self.driver.set_window_size(1366, 900)

    def phone(self, width=375):
        """From here on the window is a phone's."""
        self.driver.set_window_size(width, 812)
        return self

    def fits(self, what):
        """The page needs no sideways scrolling at the window's width."""
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
        self.expect(overflow <= 1, f"{what} is {overflow}px wider than the phone's screen")

    def sign_in(self, login):
        self.open("/login")
        self.driver.find_element(By.NAME, "login").send_keys(login)
        self.driver.find_element(By.NAME, "password").send_keys(PASSWORD)
        self.click(self.driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button"))
        self.expect("/login" not in self.driver.current_url, f"{login} could not sign in: {self.text()[:200]}")
        return self

    def figure(self, label):
        """The number on the dashboard card whose label is `label`."""
        for card in self.driver.find_elements(By.CSS_SELECTOR, ".card"):
            if card.text.endswith(label):
                return int(card.find_element(By.CSS_SELECTOR, ".figure").text.rstrip("%"))
        self.expect(False, f"no card {label}")

    def close(self):
        self.driver.quit()


def png(path):
    """A small real PNG, as a phone would upload."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x80\x80\x80" * 8 for _ in range(8))
    with open(path, "wb") as file:
        file.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                   + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    return path


def portal_pages(journey):
    """Opens the portal's pages one after another (it shows 100 commitments a page)."""
    page = 1
    while True:
        journey.open(f"/portal?page={page}")
        yield page
        if not journey.driver.find_elements(By.CSS_SELECTOR, "nav.pager a[rel=next]"):
            return
        page += 1


def portal_row(journey, task_id, until=lambda row: True, seconds=10):
    """The portal's row of a task, on whichever page it is, once `until` holds for it: the public
    figures may lag the plan by the portal's refresh window (5 s by default)."""
    deadline = time.time() + seconds
    while True:
        for _ in portal_pages(journey):
            rows = journey.driver.find_elements(By.ID, "task-" + task_id)
            if rows and until(rows[0]):
                return rows[0]
            if rows:
                break
        if time.time() > deadline:
            return rows[0] if rows else None
        time.sleep(1)


def main():
    # 1. The public: the portal lists the published commitments, on a desk and on a phone.
    visitor = Journey("public")
    visitor.open("/portal")
    visitor.expect("政府工作报告任务落实情况" in visitor.text(), "the portal has no heading")
    rows = visitor.driver.find_elements(By.CSS_SELECTOR, "table tbody tr")
    visitor.expect(len(rows) == 100, f"the portal's first page shows {len(rows)} commitments, not 100")
    visitor.expect(visitor.driver.find_elements(By.CSS_SELECTOR, "nav.pager a[rel=next]"), "the portal has no next page")
    visitor.expect("/evidence" not in visitor.driver.page_source, "the portal links evidence")
    visitor.shot("portal")
    visitor.shot("portal-phone", width=390)
    visitor.open("/dashboard")
    visitor.expect("/login" in visitor.driver.current_url, "the dashboard is open without signing in")
    visitor.close()

    # 2. A leader reads the dashboard; the allocation editor is closed to them.
    leader = Journey("leader").sign_in("leader")
    leader.open("/dashboard")
    leader.expect(len(leader.driver.find_elements(By.CSS_SELECTOR, "svg.chart")) >= 2, "the dashboard draws no charts")
    done_before = leader.figure("已完成")
    leader.shot("dashboard")
    leader.phone()
    leader.open("/dashboard")
    leader.fits("the dashboard")
    leader.expect(leader.driver.find_element(By.CSS_SELECTOR, "svg.chart").is_displayed(), "the dashboard's chart is hidden on a phone")
    leader.shot("dashboard-phone", width=375)
    leader.driver.set_window_size(1366, 900)
    leader.open("/allocation")
    leader.expect("403" in leader.text(), "a leader opened the allocation editor")
    leader.open("/tasks?light=red")
    leader.expect("■ 红" in leader.text(), "the red filter shows no red task")
    leader.shot("tasks-red")
    leader.open("/report")
    leader.expect(len(leader.driver.find_elements(By.CSS_SELECTOR, "mark.task")) > 100, "the reader marks no tasks")
    leader.expect(len(leader.driver.find_elements(By.CSS_SELECTOR, "abbr.term")) > 0, "the reader explains no glossary term")
    leader.shot("reader")
    leader.close()

    # 3. The office admin imports a report (the same text again: nothing changes, it says so)
    #    and amends a deadline in the published allocation, with a reason.
    office = Journey("office").sign_in("office")
    office.open("/admin")
    office.driver.find_element(By.NAME, "report").send_keys(REPORT)
    office.click(office.driver.find_element(By.CSS_SELECTOR, "form[action='/admin/import'] button"))
    office.expect("已导入" in office.text(), f"the import said nothing: {office.text()[:300]}")
    office.shot("admin")
    office.open("/allocation")
    row = office.driver.find_elements(By.CSS_SELECTOR, "tr.editor-row")[0]
    task_id = row.get_attribute("id").split("-")[1]
    deadline = row.find_element(By.NAME, "deadline")
    office.driver.execute_script("arguments[0].value = arguments[1]", deadline, f"{deadline.get_attribute('value')[:4]}-11-30")
    row.find_element(By.NAME, "reason").send_keys("根据实际进度调整")
    office.click(row.find_element(By.CSS_SELECTOR, "form button[type=submit]"))
    office.open(f"/tasks/{task_id}")
    office.expect("11月30日" in office.text() and "根据实际进度调整" in office.text(), "the amended deadline or its reason is not shown")
    office.shot("allocation-task")
    office.close()

    # 4. A department files progress with a photo and asks for acceptance as done, on a phone.
    department = Journey("department").sign_in("zhujian")
    department.open("/workspace")
    department.expect("玉泉区住房和城乡建设局" in department.text(), "the workspace does not name the department")
    department.shot("workspace")
    department.phone()
    department.open("/workspace")
    department.fits("the workspace")
    department.shot("workspace-phone", width=375)
    department.phone()
    links = [a.get_attribute("href") for a in department.driver.find_elements(By.CSS_SELECTOR, "table.tasks a")]
    open_tasks = []
    for link in links:
        department.driver.get(link)
        if department.driver.find_elements(By.CSS_SELECTOR, "form[action$='/progress']") and "已完成" not in department.text("dl.facts"):
            open_tasks.append(link)
            break
    department.expect(open_tasks, "no open task to report on")
    task_url = open_tasks[0]
    task_path = "/" + task_url.split("/", 3)[3]
    department.fits("the task page")
    form = department.driver.find_element(By.CSS_SELECTOR, "form[action$='/progress']")
    photo = form.find_element(By.NAME, "evidence")
    department.expect("image/jpeg" in (photo.get_attribute("accept") or ""), "the phone is not offered its camera for evidence")
    form.find_element(By.NAME, "percent").send_keys("100")
    form.find_element(By.NAME, "narrative").send_keys("全部完工，验收资料齐全（浏览器测试）")
    form.find_element(By.NAME, "evidence").send_keys(png(os.path.join(tempfile.mkdtemp(), "现场照片.png")))
    form.find_element(By.NAME, "completion").click()
    department.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    department.expect("全部完工，验收资料齐全（浏览器测试）" in department.text(), "the filed report is not on the task page")
    department.expect("现场照片.png" in department.text(), "the evidence file is not listed")
    department.fits("the task page with its report")
    department.shot("task-filed-phone", width=375)
    department.shot("task-filed")
    department.close()

    # 5. The office accepts it; the task is done, and the dashboard and the portal show it.
    staff = Journey("staff").sign_in("staff")
    staff.open("/review")
    staff.shot("review")
    staff.open("/review?page=999")  # oldest first: the newest report is on the last page
    rows = [r for r in staff.driver.find_elements(By.CSS_SELECTOR, "tbody tr") if "浏览器测试" in r.text]
    staff.expect(rows, "the report is not waiting for review")
    staff.click(rows[0].find_element(By.CSS_SELECTOR, "button[value=accept]"))
    staff.open(task_path)
    staff.expect("已完成" in staff.text("dl.facts"), "the accepted task is not done")
    staff.open("/dashboard")
    done_after = staff.figure("已完成")
    staff.expect(done_after == done_before + 1, f"the dashboard counts {done_after} done, not {done_before + 1}")
    staff.close()

    visitor = Journey("public-after")
    row = portal_row(visitor, task_path.rsplit("/", 1)[1], until=lambda row: "已完成" in row.text)
    visitor.expect(row is not None and "已完成" in row.text, f"the portal does not show the task done: {row.text if row else 'no row'}")
    visitor.close()

    # 6. 年度兑现: the next year's report judges the plan. The office confirms a verdict and
    #    carries an unfinished task over; the public sees the confirmed verdicts.
    office = Journey("fulfilment").sign_in("office")
    office.open("/fulfilment")
    for outcome, label in [("reached", "达到"), ("exceeded", "超过"), ("short", "未达到"), ("done", "已完成"), ("progress", "有进展"), ("silent", "未提及")]:
        figure = office.driver.find_element(By.CSS_SELECTOR, f".card .figure.outcome-{outcome}").text
        office.expect(int(figure) > 0, f"no verdict is {label} ({outcome})")
    office.shot("fulfilment")
    proposed = [r for r in office.driver.find_elements(By.CSS_SELECTOR, "table.fulfilment tbody tr")
                if "待确认" in r.text and r.find_elements(By.CSS_SELECTOR, "form[action$='/carry']") == []]
    office.expect(proposed, "no verdict waits for confirmation")
    verdict_id = proposed[0].get_attribute("id")
    office.click(proposed[0].find_element(By.CSS_SELECTOR, "form:not([action$='/carry']) button[type=submit]"))
    office.expect("已确认" in office.driver.find_element(By.ID, verdict_id).text, "the confirmed verdict does not say so")
    carry = office.driver.find_elements(By.CSS_SELECTOR, "form[action$='/carry'] button[value=accept]")
    office.expect(carry, "no task is proposed for carrying over")
    row_id = carry[0].find_element(By.XPATH, "./ancestor::tr").get_attribute("id")
    office.click(carry[0])
    row = office.driver.find_element(By.ID, row_id)
    office.expect("已结转" in row.text, f"the carried task does not say so: {row.text}")
    next_task = row.find_element(By.CSS_SELECTOR, "a[href^='/tasks/']:last-of-type").get_attribute("href")
    office.expect(next_task, "the carried task has no link to the next year's task")
    office.shot("fulfilment-decided")
    office.close()

    # 7. A leader compares an indicator's target and actual, as a table and a chart.
    leader = Journey("compare").sign_in("leader")
    leader.open("/compare?indicator=" + "地区生产总值")
    leader.expect(leader.driver.find_elements(By.CSS_SELECTOR, "svg.chart rect.actual-bar"), "the comparison draws no actual bar")
    leader.expect("4.1%" in leader.text("table") and "7%" in leader.text("table"), "the comparison table lacks the target or the actual")
    leader.shot("compare")
    leader.close()

    visitor = Journey("public-verdicts")
    visitor.expect(any("年度兑现：" in visitor.text() for _ in portal_pages(visitor)), "the portal shows no verdict")
    visitor.close()

    # 8. The supervision loop: the department's inbox holds reminders and urges (a badge says how
    #    many are unread); reading one lowers it; the office sees every delivery and sets rules.
    department = Journey("inbox").sign_in("zhujian")
    department.open("/workspace")
    badge = department.driver.find_elements(By.CSS_SELECTOR, "header nav a[href='/inbox'] .badge")
    department.expect(badge, "the navigation shows no unread badge")
    unread = int(badge[0].text)
    department.open("/inbox")
    department.expect("报送提醒" in department.text(), "the inbox has no report reminder")
    three_weeks_ago = time.localtime(time.time() - 21 * 86400)
    overdue_possible = three_weeks_ago.tm_year == time.localtime().tm_year
    if overdue_possible:
        department.expect("催办" in department.text(), "the inbox has no urge")
    department.shot("inbox")
    department.shot("inbox-phone", width=375)
    department.click(department.driver.find_element(By.CSS_SELECTOR, "li.unread form[action='/inbox/read'] button"))
    badge = department.driver.find_elements(By.CSS_SELECTOR, "header nav a[href='/inbox'] .badge")
    department.expect((int(badge[0].text) if badge else 0) == unread - 1, "reading a message did not lower the badge")
    department.close()

    if overdue_possible:
        leader = Journey("escalation").sign_in("leader")
        leader.open("/inbox")
        leader.expect("督办升级" in leader.text(), "the leaders were not told of the overdue task")
        leader.close()

    office = Journey("supervision").sign_in("office")
    office.open("/supervision")
    office.expect("排队待发" in office.text(), "the office sees no queued e-mail")
    office.expect("未配置邮件服务器" in office.text(), "the page does not say that no SMTP server is set")
    office.shot("supervision")
    form = office.driver.find_element(By.CSS_SELECTOR, "form[action='/supervision/channels']")
    form.find_element(By.NAME, "webhook_url").send_keys("http://robot.example.cn/hook")
    office.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    office.expect("https" in office.text(), f"a plain-http webhook was not refused: {office.text()[:200]}")
    office.open("/supervision")
    field = office.driver.find_element(By.NAME, "report_day")
    field.clear()
    field.send_keys("20")
    office.click(office.driver.find_element(By.CSS_SELECTOR, "form[action='/supervision/rules'] button[type=submit]"))
    office.expect("提醒规则已保存" in office.text(), "saving the rules said nothing")
    office.expect(office.driver.find_element(By.NAME, "report_day").get_attribute("value") == "20", "the new report day is not kept")
    office.close()
    # 9. A leader's instruction (批示): given on the instructions page, acknowledged and answered
    #    by the department, and the answer back with the leader.
    leader = Journey("instruction").sign_in("leader")
    leader.open("/instructions")
    leader.expect("已答复" in leader.text(), "the demo has no answered instruction")
    form = leader.driver.find_element(By.CSS_SELECTOR, "form[action='/instructions']")
    Select(form.find_element(By.NAME, "department")).select_by_visible_text("玉泉区住房和城乡建设局")
    form.find_element(By.NAME, "text").send_keys("请于下周报送口袋公园建设进度（浏览器测试）")
    leader.click(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    leader.expect("批示已发出" in leader.text(), f"giving the instruction said nothing: {leader.text()[:200]}")
    department = Journey("instruction-answer").sign_in("zhujian")
    department.open("/instructions")
    item = [li for li in department.driver.find_elements(By.CSS_SELECTOR, "li.instruction") if "浏览器测试" in li.text]
    department.expect(item, "the department does not see the instruction")
    item_id = item[0].get_attribute("id")
    department.click(item[0].find_element(By.CSS_SELECTOR, "form[action$='/acknowledge'] button"))
    item = department.driver.find_element(By.ID, item_id)
    department.expect("已签收" in item.text, f"the acknowledged instruction does not say so: {item.text}")
    item.find_element(By.NAME, "answer").send_keys("已安排，下周一报送（浏览器测试答复）")
    department.click(item.find_element(By.CSS_SELECTOR, "form[action$='/answer'] button"))
    department.shot("instructions-phone", width=375)
    department.close()
    leader.open("/instructions")
    answered = leader.driver.find_element(By.ID, item_id)
    leader.expect("浏览器测试答复" in answered.text and "已答复" in answered.text, f"the leader does not see the answer: {answered.text}")
    leader.shot("instructions")
    leader.close()

    # 10. 督查通报: last month's circular is published in the demo; the office drafts another
    #     month, rewrites the summary, previews and publishes it; a department reads the list.
    office = Journey("circular").sign_in("office")
    office.open("/circulars")
    office.expect("年第1期" in office.text(), "the demo has no published circular")
    office.shot("circulars")
    office.click(office.driver.find_element(By.CSS_SELECTOR, "form[action='/circulars/draft'] button[type=submit]"))
    office.expect("一、总体情况" in office.text(), f"the draft shows no figures: {office.text()[:200]}")
    summary = office.driver.find_element(By.NAME, "summary")
    summary.clear()
    summary.send_keys("本月重点任务总体平稳（浏览器测试概述）。")
    office.click(office.driver.find_element(By.CSS_SELECTOR, "button[formaction='/circulars/preview']"))
    office.expect("浏览器测试概述" in office.text(".circular-preview"), "the preview does not show the rewritten summary")
    office.shot("circular-draft")
    office.click(office.driver.find_element(By.CSS_SELECTOR, "form[action='/circulars'] button:not([formaction])"))
    office.expect("通报已发布" in office.text(), f"publishing said nothing: {office.text()[:200]}")
    office.expect("年第2期" in office.text(), "the new circular is not listed with the next number")
    office.open(office.driver.find_element(By.LINK_TEXT, "打印版").get_attribute("href").replace(BASE, ""))
    office.expect("关于" in office.text() and "重点任务落实情况的通报" in office.text(), "the print view has no headline")
    office.shot("circular-print")
    office.close()
    department = Journey("circular-department").sign_in("zhujian")
    department.open("/circulars")
    department.expect("年第2期" in department.text(), "the department does not see the published circular")
    department.expect(not department.driver.find_elements(By.CSS_SELECTOR, "form[action='/circulars/draft']"), "a department may draft")
    department.shot("circulars-phone", width=375)
    department.close()

    # 11. 考核: the leaders read the ranking (on a phone too); the office reweighs it.
    leader = Journey("ranking").sign_in("leader")
    leader.open("/rankings")
    rows = leader.driver.find_elements(By.CSS_SELECTOR, "table.rankings tbody tr")
    leader.expect(len(rows) > 10, "the ranking lists too few departments")
    leader.expect(rows[0].find_element(By.CSS_SELECTOR, "td").text == "1", "the first row is not in first place")
    leader.expect(not leader.driver.find_elements(By.CSS_SELECTOR, "form[action='/rankings/weights']"), "a leader may change the weights")
    leader.shot("rankings")
    leader.phone()
    leader.open("/rankings")
    leader.fits("the ranking")
    leader.shot("rankings-phone", width=375)
    leader.close()
    office = Journey("ranking-weights").sign_in("office")
    office.open("/rankings")
    field = office.driver.find_element(By.NAME, "instructions")
    field.clear()
    field.send_keys("40")
    office.click(office.driver.find_element(By.CSS_SELECTOR, "form[action='/rankings/weights'] button[type=submit]"))
    office.expect("考核权重已保存" in office.text(), f"saving the weights said nothing: {office.text()[:200]}")
    office.expect("权重 40" in office.text(), "the new weight is not shown in the table")
    office.close()

    # 12. A citizen comments on a commitment from a phone, answering the small sum; the office
    #     publishes it and it shows under the commitment.
    citizen = Journey("comment").phone()
    link = []
    for _ in portal_pages(citizen):
        link = [a for a in citizen.driver.find_elements(By.CSS_SELECTOR, "table a[href*='/tasks/']") if "条留言" in a.find_element(By.XPATH, "..").text]
        if link:
            break
    citizen.expect(link, "the portal shows no commitment with comments")
    citizen.click(link[0])
    citizen.expect(len(citizen.driver.find_elements(By.CSS_SELECTOR, "article.comment")) >= 1, "the demo's published comment is not shown")
    citizen.fits("the commitment page")
    numerals = "零一二三四五六七八九十"
    question = citizen.driver.find_element(By.CSS_SELECTOR, "form.comment-form strong").text
    answer = numerals.index(question[0]) + numerals.index(question[2])
    citizen.driver.find_element(By.NAME, "body").send_keys("希望公布完工时间（浏览器测试留言）")
    citizen.driver.find_element(By.NAME, "answer").send_keys(str(answer))
    time.sleep(3.2)  # a person takes a moment; an instant answer is a machine's
    citizen.click(citizen.driver.find_element(By.CSS_SELECTOR, "form.comment-form button[type=submit]"))
    citizen.expect("已收到" in citizen.text(), f"sending the comment said nothing: {citizen.text()[:300]}")
    commitment = citizen.driver.current_url.split("?")[0]
    citizen.shot("portal-task-phone", width=375)
    office = Journey("moderation").sign_in("office")
    office.open("/comments")
    item = [li for li in office.driver.find_elements(By.CSS_SELECTOR, "li.comment") if "浏览器测试留言" in li.text]
    office.expect(item, "the office does not see the new comment")
    office.shot("comments")
    office.click(item[0].find_element(By.CSS_SELECTOR, "button[value=publish]"))
    office.expect("已采用" in office.text(), "publishing the comment said nothing")
    office.close()
    citizen.driver.get(commitment)
    citizen.expect("浏览器测试留言" in citizen.text("main"), "the published comment is not under the commitment")
    citizen.close()
    department = Journey("comment-department").sign_in("zhujian")
    department.open("/workspace")
    department.expect("线索" in department.text(), "the department does not see the tip passed to it")
    department.close()
    print(f"browser journeys passed; screenshots in {ARTIFACTS}")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, WebDriverException) as error:
        print(f"browser journeys FAILED: {error}", file=sys.stderr)
        sys.exit(1)
